import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, type Action } from "@/lib/auth/permissions";
import { requireActorForAction } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { actionFailure, validationFailure } from "@/lib/http/action-failure";
import type { ActionFailure, ActionResult } from "./action-result";
import { deliverAfterResponse } from "./deliver-after-response";

/**
 * Who may run the action: one permission, or the permission the parsed input needs (read from
 * the domain's own map), or "signed-in" when the domain function only touches the actor's rows.
 */
export type StaffPermission<Input> = Action | ((input: Input) => Action) | "signed-in";

/** An id the page binds to the action: a forged call can send anything, and one that does not parse names nothing. */
export type BoundId<Id> = { schema: z.ZodType<Id>; notFound: string };

export type StaffActionContext<Input, Id> = { actor: Actor; input: Input; id: Id };

/** What the body returns once the domain call has succeeded. */
export type ActionDone<Data extends object> = {
  message: string;
  /** What the form needs next (saved ids, the saved state), returned beside the message. */
  data?: Data;
  /** Outbox emails the committed change queued: delivered after the response. */
  emailIds?: readonly (string | null | undefined)[];
  /** The staff pages that show the change. */
  revalidate?: readonly string[];
};

export type StaffActionDefinition<Schema extends z.ZodType, Data extends object, Extra extends object, Id> = {
  /** Names the action in the log when it fails unexpectedly. */
  name: string;
  permission: StaffPermission<z.output<Schema>>;
  /** The shared schema the form uses. */
  schema: Schema;
  /** The message above the field errors when the input does not parse, or the whole failure. */
  invalid?: string | ((error: z.ZodError) => ActionFailure);
  bound?: BoundId<Id>;
  run: (context: StaffActionContext<z.output<Schema>, Id>) => Promise<ActionDone<Data>>;
  /** The domain refused (an AppError) after the input parsed: extra fields for the failure, e.g. `conflict`. */
  onRefused?: (
    error: AppError,
    context: NoInfer<StaffActionContext<z.output<Schema>, Id>>,
  ) => Extra | void | Promise<Extra | void>;
};

/** The schema of an action that takes nothing but its bound id. */
export const noInput = z.unknown();

/**
 * One staff server action: session, permission, the bound id, the form's schema, the domain
 * call, revalidation and emails after the response; every failure is an ActionFailure (an
 * AppError's safe message and field errors, anything else logged with a reference).
 * The "use server" file exports a thin async function that calls the returned one.
 */
export function staffAction<
  Schema extends z.ZodType,
  Data extends object = object,
  Extra extends object = object,
  Id = undefined,
>(
  definition: StaffActionDefinition<Schema, Data, Extra, Id>,
): (input: unknown, boundId?: unknown) => Promise<ActionResult<Data, ActionFailure & Partial<Extra>>> {
  const { name, permission, schema, invalid, bound, run, onRefused } = definition;
  return async (rawInput, rawId) => {
    let context: StaffActionContext<z.output<Schema>, Id> | null = null;
    try {
      const actor = await requireActorForAction();
      if (typeof permission === "string" && permission !== "signed-in") assertCan(actor, permission);
      const id = bound ? parseBoundId(bound, rawId) : (undefined as Id);
      const parsed = schema.safeParse(rawInput);
      if (!parsed.success) {
        return typeof invalid === "function" ? invalid(parsed.error) : validationFailure(parsed.error, invalid);
      }
      if (typeof permission === "function") assertCan(actor, permission(parsed.data));
      context = { actor, input: parsed.data, id };
      const done = await run(context);
      deliverAfterResponse(done.emailIds ?? []);
      for (const path of done.revalidate ?? []) revalidatePath(path);
      return { ok: true, message: done.message, ...(done.data as Data) };
    } catch (error) {
      const failure = actionFailure(error, name);
      if (!(error instanceof AppError) || !onRefused || !context) return failure;
      return { ...failure, ...(await onRefused(error, context)) };
    }
  };
}

function parseBoundId<Id>(bound: BoundId<Id>, value: unknown): Id {
  const parsed = bound.schema.safeParse(value);
  if (!parsed.success) throw new AppError("NOT_FOUND", bound.notFound);
  return parsed.data;
}
