import { expect } from "vitest";
import { AppError } from "@/lib/errors";

/** Awaits a promise that must fail with an AppError (of `code`, when given) and returns the error. */
export async function expectAppError(promise: Promise<unknown>, code?: AppError["code"]): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  if (code !== undefined) expect((error as AppError).code).toBe(code);
  return error as AppError;
}
