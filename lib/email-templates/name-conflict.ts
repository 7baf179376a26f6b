import { AppError } from "@/lib/errors";

/** Template names are unique: a clash (also a race between two saves) is the name field's error. */
export function asTemplateNameConflict(error: unknown): unknown {
  const prismaError = error as { code?: string; meta?: unknown };
  if (prismaError?.code === "P2002" && JSON.stringify(prismaError.meta ?? {}).includes("name"))
    return templateNameTaken();
  return error;
}

export function templateNameTaken(): AppError {
  return new AppError("VALIDATION", "Another template has this name.", {
    name: ["Another template has this name: choose a different one"],
  });
}
