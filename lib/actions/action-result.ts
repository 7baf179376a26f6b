// What every server action returns. Plain types, so client components import them too.

/** The action did nothing: a message safe to show, and per-field messages named by the form's paths. */
export type ActionFailure = { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/**
 * A refusal because the view was out of date: the page has been refreshed and nothing changed.
 * `Conflict` is what the form needs to recover (by default just `true`).
 */
export type ConflictFailure<Conflict = true> = ActionFailure & { conflict?: Conflict };

/** Success carries a message to show and, beside it, whatever the form needs next (`Data`). */
export type ActionSuccess<Data extends object = object> = { ok: true; message: string } & Data;

export type ActionResult<Data extends object = object, Failure extends ActionFailure = ActionFailure> =
  ActionSuccess<Data> | Failure;
