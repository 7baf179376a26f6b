import { describe, expect, it } from "vitest";
import { JobBoardRequestError } from "./job-board-request-error";
import { readApplicationBody } from "./read-application-body";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/apply", { method: "POST", body, headers });

async function refusal(promise: Promise<unknown>): Promise<JobBoardRequestError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(JobBoardRequestError);
  return error as JobBoardRequestError;
}

describe("readApplicationBody", () => {
  it("reads multipart fields, files and `name[]` lists", async () => {
    const form = new FormData();
    form.set("first_name", "Ada");
    form.append("question_14[]", "141");
    form.append("question_14[]", "142");
    form.set("resume", new File(["%PDF-1.4"], "cv.pdf"));
    const { fields, sentAs } = await readApplicationBody(post(form));
    expect(fields.get("first_name")).toBe("Ada");
    expect(fields.get("question_14")).toEqual(["141", "142"]);
    expect(fields.get("resume")).toBeInstanceOf(File);
    expect(sentAs.size).toBe(0);
  });

  it("reads JSON, base64 documents and nested data_compliance", async () => {
    const body = JSON.stringify({
      first_name: "Ada",
      question_15: 1,
      resume_content: Buffer.from("%PDF-1.4 hello").toString("base64"),
      resume_content_filename: "cv.pdf",
      data_compliance: { gdpr_retention_consent_given: true },
    });
    const { fields, sentAs } = await readApplicationBody(post(body, { "content-type": "application/json" }));
    const resume = fields.get("resume") as File;
    expect(resume.name).toBe("cv.pdf");
    expect(await resume.text()).toBe("%PDF-1.4 hello");
    expect(fields.has("resume_content")).toBe(false);
    expect(fields.get("question_15")).toBe(1);
    expect(fields.get("data_compliance[gdpr_retention_consent_given]")).toBe(true);
    expect(sentAs.get("resume")).toBe("resume_content");
  });

  it("refuses bad base64 and a document without a name", async () => {
    const body = JSON.stringify({ resume_content: "not base64!", cover_letter_content: "SGVsbG8=" });
    const error = await refusal(readApplicationBody(post(body, { "content-type": "application/json" })));
    expect(error.status).toBe(400);
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["cover_letter_content_filename", "resume_content"]);
  });

  it("refuses a body that is too large, malformed or of another type", async () => {
    expect(
      (await refusal(readApplicationBody(post("x".repeat(2048), { "content-type": "application/json" }), 1024))).status,
    ).toBe(413);
    expect((await refusal(readApplicationBody(post("{", { "content-type": "application/json" })))).status).toBe(400);
    expect((await refusal(readApplicationBody(post("[1]", { "content-type": "application/json" })))).status).toBe(400);
    expect(
      (await refusal(readApplicationBody(post("a=b", { "content-type": "application/x-www-form-urlencoded" })))).status,
    ).toBe(415);
  });
});
