import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
const revalidated = vi.hoisted(() => [] as string[]);
const afterResponse = vi.hoisted(() => [] as (() => unknown)[]);

vi.mock("@/lib/auth/session", () => ({
  requireActorForAction: async () => {
    if (!session.actor) throw new AppError("UNAUTHORIZED", "You are signed out. Sign in again, then retry.");
    return session.actor;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => revalidated.push(path) }));
vi.mock("next/server", () => ({ after: (task: () => unknown) => afterResponse.push(task) }));

const { staffAction } = await import("./staff-action");

const interviewer: Actor = { userId: "u-1", role: "INTERVIEWER", email: "i@example.test", name: "Ivy" };
const recruiter: Actor = { userId: "u-2", role: "RECRUITER", email: "r@example.test", name: "Rae" };

const noteSchema = z.object({ body: z.string().min(1, "Write something.") });

describe("staffAction", () => {
  beforeEach(() => {
    session.actor = null;
    revalidated.length = 0;
    afterResponse.length = 0;
  });
  afterEach(() => vi.restoreAllMocks());

  it("refuses without the permission before it parses or runs anything", async () => {
    session.actor = interviewer;
    const parse = vi.spyOn(noteSchema, "safeParse");
    const run = vi.fn();
    const action = staffAction({ name: "t", permission: "job.manage", schema: noteSchema, run });
    const result = await action({ body: "" });
    expect(result).toEqual({ ok: false, message: "You do not have permission to do that." });
    expect(parse).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a signed-out caller", async () => {
    const run = vi.fn();
    const action = staffAction({ name: "t", permission: "signed-in", schema: noteSchema, run });
    expect(await action({ body: "hi" })).toEqual({
      ok: false,
      message: "You are signed out. Sign in again, then retry.",
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("checks a permission that depends on the input after parsing it", async () => {
    session.actor = interviewer;
    const run = vi.fn();
    const schema = z.object({ operation: z.enum(["read", "manage"]) });
    const action = staffAction({
      name: "t",
      permission: ({ operation }) => (operation === "read" ? "application.read" : "job.manage"),
      schema,
      run,
    });
    expect((await action({ operation: "manage" })).ok).toBe(false);
    expect(run).not.toHaveBeenCalled();
  });

  it("maps a failed parse to field errors named by the form's paths", async () => {
    session.actor = recruiter;
    const run = vi.fn();
    const action = staffAction({ name: "t", permission: "job.manage", schema: noteSchema, invalid: "Fix it.", run });
    expect(await action({ body: "" })).toEqual({
      ok: false,
      message: "Fix it.",
      fieldErrors: { body: ["Write something."] },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a bound id that does not parse as not found", async () => {
    session.actor = recruiter;
    const run = vi.fn();
    const action = staffAction({
      name: "t",
      permission: "job.manage",
      schema: noteSchema,
      bound: { schema: z.number().int().positive(), notFound: "No such job." },
      run,
    });
    expect(await action({ body: "hi" }, "1 OR 1=1")).toEqual({ ok: false, message: "No such job." });
    expect(run).not.toHaveBeenCalled();
  });

  it("returns the message and data, revalidates, and delivers emails only after the response", async () => {
    session.actor = recruiter;
    const action = staffAction({
      name: "t",
      permission: "job.manage",
      schema: noteSchema,
      bound: { schema: z.number(), notFound: "No such job." },
      run: async ({ actor, input, id }) => ({
        message: `${actor.name} wrote ${input.body} on ${id}`,
        data: { noteId: "n-1" },
        emailIds: ["e-1", null],
        revalidate: ["/hiring/jobs/7"],
      }),
    });
    expect(await action({ body: "hi" }, 7)).toEqual({ ok: true, message: "Rae wrote hi on 7", noteId: "n-1" });
    expect(revalidated).toEqual(["/hiring/jobs/7"]);
    expect(afterResponse).toHaveLength(1);
  });

  it("keeps an AppError's safe message and field errors, and adds what onRefused gives", async () => {
    session.actor = recruiter;
    const action = staffAction({
      name: "t",
      permission: "job.manage",
      schema: noteSchema,
      run: async () => {
        throw new AppError("CONFLICT", "Someone else changed it.", { body: ["Changed."] });
      },
      onRefused: (error) => (error.code === "CONFLICT" ? { conflict: true as const } : undefined),
    });
    expect(await action({ body: "hi" })).toEqual({
      ok: false,
      message: "Someone else changed it.",
      fieldErrors: { body: ["Changed."] },
      conflict: true,
    });
    expect(revalidated).toEqual([]);
    expect(afterResponse).toEqual([]);
  });

  it("hides an unknown error behind a reference and logs it", async () => {
    session.actor = recruiter;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const onRefused = vi.fn();
    const action = staffAction({
      name: "secret-test",
      permission: "job.manage",
      schema: noteSchema,
      run: async () => {
        throw new Error('relation "Secret" does not exist');
      },
      onRefused,
    });
    const result = await action({ body: "hi" });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/Something went wrong on our side.*reference [0-9a-f]{8}/);
    expect(result.message).not.toContain("Secret");
    expect(onRefused).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining("[secret-test]"), expect.any(Error));
  });
});
