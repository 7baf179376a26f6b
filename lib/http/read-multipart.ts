import "server-only";
import { CandidateRefusal } from "@/lib/candidate-rights/candidate-refusal";
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
    () => new CandidateRefusal("TOO_LARGE", "uploadTooLarge", {}, { path: "resume", key: "uploadTooLargeField" }),
  );
  try {
    return await new Response(bytes, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    throw new CandidateRefusal("VALIDATION", "uploadMalformed");
  }
}

/** A File part, or undefined when the part is missing or an empty placeholder. */
export function filePart(form: FormData, name: string): File | undefined {
  const value = form.get(name);
  return value instanceof File && (value.size > 0 || value.name !== "") ? value : undefined;
}
