"use client";
import type { ApplicationFormValues } from "@/lib/submissions/schema";

export type SendResult =
  | { ok: true; reference: string; confirmationUrl: string }
  | { ok: false; code: string; message: string; fieldErrors: Record<string, string[]> };

/** What the candidate reads when the request fails before the server answers, in the form's language. */
export type SendFailureText = {
  unexpected: (status: number) => string;
  unreachable: string;
  interrupted: string;
};

/**
 * Posts the application as multipart with XMLHttpRequest, the one browser API that reports
 * upload progress. Network failures resolve to a result; nothing here throws.
 */
export function sendApplication(
  url: string,
  values: ApplicationFormValues,
  /** The form's language: the server answers in it and records it on the application. */
  locale: string,
  onProgress: (fraction: number) => void,
  text: SendFailureText,
): Promise<SendResult> {
  const { resume, coverLetterFile, ...answers } = values;
  const body = new FormData();
  body.set("payload", JSON.stringify(answers));
  body.set("locale", locale);
  if (resume instanceof File) body.set("resume", resume);
  if (coverLetterFile instanceof File) body.set("coverLetterFile", coverLetterFile);

  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    // The server's refusals in the form's language, those met before it reads the body too.
    request.setRequestHeader("Accept-Language", locale);
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const response = request.response as SendResult | null;
      if (response && typeof response === "object" && "ok" in response) resolve(response);
      else resolve(failure("UNAVAILABLE", text.unexpected(request.status)));
    };
    request.onerror = () => resolve(failure("NETWORK", text.unreachable));
    request.onabort = () => resolve(failure("NETWORK", text.interrupted));
    request.send(body);
  });
}

function failure(code: string, message: string): SendResult {
  return { ok: false, code, message, fieldErrors: {} };
}
