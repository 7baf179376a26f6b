import "server-only";
import { AppError } from "@/lib/errors";

// Two documents of 10 MB plus the answers, with room for multipart framing.
export const MAX_APPLICATION_BODY_BYTES = 21 * 1024 * 1024;

/** Reads a multipart body after refusing one that announces itself as too large. */
export async function readMultipart(request: Request): Promise<FormData> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_APPLICATION_BODY_BYTES) {
    throw new AppError("VALIDATION", "The upload is too large: each document may be at most 10 MB.", {
      resume: ["Documents may be at most 10 MB each"],
    });
  }
  try {
    return await request.formData();
  } catch {
    throw new AppError("VALIDATION", "The upload was interrupted or malformed. Please try again.");
  }
}

/** A File part, or undefined when the part is missing or an empty placeholder. */
export function filePart(form: FormData, name: string): File | undefined {
  const value = form.get(name);
  return value instanceof File && (value.size > 0 || value.name !== "") ? value : undefined;
}
