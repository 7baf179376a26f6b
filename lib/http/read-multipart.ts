import "server-only";
import { AppError } from "@/lib/errors";
import { readCappedBody } from "./read-capped-body";

// Two documents of 10 MB plus the answers, with room for multipart framing.
export const MAX_APPLICATION_BODY_BYTES = 21 * 1024 * 1024;

/**
 * Reads a multipart body of at most MAX_APPLICATION_BODY_BYTES: refused as soon as it grows past
 * that (413), whatever its Content-Length claims, so a huge upload is never held in memory.
 */
export async function readMultipart(request: Request, maxBytes = MAX_APPLICATION_BODY_BYTES): Promise<FormData> {
  const bytes = await readCappedBody(
    request,
    maxBytes,
    () =>
      new AppError("TOO_LARGE", "The upload is too large: each document may be at most 10 MB.", {
        resume: ["Documents may be at most 10 MB each"],
      }),
  );
  try {
    return await new Response(bytes, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    throw new AppError("VALIDATION", "The upload was interrupted or malformed. Please try again.");
  }
}

/** A File part, or undefined when the part is missing or an empty placeholder. */
export function filePart(form: FormData, name: string): File | undefined {
  const value = form.get(name);
  return value instanceof File && (value.size > 0 || value.name !== "") ? value : undefined;
}
