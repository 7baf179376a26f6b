// The schemas whose text goes into a column or a query refuse NUL (Postgres refuses it in text,
// so it would fail as a server error instead of a message): forms refuse it, filters ignore it.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  accommodationNoteSchema,
  changeAccommodationStatusSchema,
  panelArrangementSchema,
} from "@/lib/accommodations/schema";
import { applicationsViewSchema } from "@/lib/applications-table/view-schema";
import { auditFiltersSchema } from "@/lib/audit/schema";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { candidateAccommodationSchema, resendLinkSchema } from "@/lib/candidate-rights/schema";
import { mergeCandidatesSchema, noteSchema, tagSchema } from "@/lib/candidates/schema";
import { hiringDecisionFormSchema } from "@/lib/decisions/schema";
import { emailTemplateFormSchema } from "@/lib/email-templates/email-template-schema";
import { interviewFormSchema, interviewRefSchema } from "@/lib/interviews/schema";
import { optionalText, requiredText } from "@/lib/jobs/job-form-parts";
import { jobFormSchema } from "@/lib/jobs/job-form-schema";
import { newJobFormValues } from "@/lib/jobs/new-job-form-values";
import { newLegalTextSchema } from "@/lib/legal-texts/schema";
import { bulkUpdateSchema, moveApplicationSchema, rejectApplicationSchema } from "@/lib/pipeline/schema";
import { candidateLookupSchema, eraseNowSchema, legalHoldSchema } from "@/lib/privacy/schema";
import { renameViewFormSchema, saveViewSchema, savedViewIdSchema } from "@/lib/saved-views/schema";
import { scorecardFormSchema } from "@/lib/scorecards/schema";
import { changeStaffRoleSchema, inviteStaffSchema, setStaffActiveSchema } from "@/lib/staff/schema";

describe("text with a NUL", () => {
  it("is refused by the job, interview and interview-plan forms' text fields and by notes", () => {
    expect(requiredText("a title", 100).safeParse("Backend\u0000").success).toBe(false);
    expect(optionalText("a heading", 100).safeParse("x\u0000").success).toBe(false);
    expect(noteSchema.safeParse({ body: "note\u0000" }).success).toBe(false);
    // Line breaks stay allowed where text is long.
    expect(requiredText("a body", 100).safeParse("line one\nline two").success).toBe(true);
  });

  it("is no filter in the applications table, the audit log and the privacy lookup", () => {
    const view = applicationsViewSchema.parse({ q: "a\u0000", answer: "\u0000", stageName: ["Screen\u0000", "Offer"] });
    expect([view.q, view.answer, view.stageName]).toEqual([undefined, undefined, ["Offer"]]);
    expect(auditFiltersSchema.parse({ actor: "x\u0000", action: "view." })).toMatchObject({
      actor: undefined,
      action: "view.",
    });
    expect(candidateLookupSchema.parse({ q: "TRL-\u0000" }).q).toBe("");
  });
});

type Path = (string | number)[];

/** The paths of the issues once a NUL is put into the string at `path` of an input that parses. */
function issuesWithNul(schema: z.ZodType, valid: unknown, path: Path, value?: unknown): string[] {
  expect(schema.safeParse(valid).error?.issues ?? [], "the input without a NUL parses").toEqual([]);
  const input = structuredClone(valid) as Record<string | number, unknown>;
  let parent = input;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  const original = String(parent[last]);
  parent[last] = value ?? `${original.slice(0, 1)}\u0000${original.slice(1)}`;
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
}

const rejection = {
  kind: "WE_REJECTED",
  reasonId: 3,
  sendEmail: true,
  subject: "About your application",
  body: "Thank you\nfor applying.",
};
const decision = {
  applicationId: "ckapp1",
  expectedVersion: 0,
  kind: "REJECT",
  note: "Clear no\non systems design.",
  reasonId: 3,
  sendEmail: true,
  subject: "About your application",
  body: "Thank you.",
};
const scorecard = {
  ratings: [{ attributeId: 1, rating: "YES", notes: "Clear\nthinking." }],
  recommendation: "YES",
  keyTakeaways: "Strong.",
  privateNotes: "Ask about X.",
};
const interview = {
  planItemId: "",
  title: "Systems design",
  date: "2030-12-02",
  time: "09:30",
  timeZone: "America/Los_Angeles",
  durationMinutes: "60",
  location: "Room 4",
  videoUrl: "https://meet.example.com/abc",
  panelUserIds: ["ckuser1", "ckuser2"],
};
const questions = (prompt: string) =>
  JSON.stringify([
    {
      key: "disability",
      prompt,
      options: [
        { value: "YES", label: "Yes" },
        { value: "NO", label: "No" },
      ],
    },
  ]);
const legalText = {
  kind: "ACCOMMODATION",
  language: "en",
  version: "2",
  title: "Reasonable accommodation",
  bodyMarkdown: "# Help\n\nAsk us.",
  questionsJson: questions("Need help?"),
  effective: "now",
  effectiveOn: "",
};
const job = {
  ...newJobFormValues(),
  title: "Senior Backend Engineer",
  slug: "senior-backend-engineer",
  summary: "Build the services behind our public API.",
  departmentId: "new",
  newDepartmentName: "Platform",
  officeIds: [7],
  sections: [{ heading: "About the role", bodyMarkdown: "You will build things." }],
  hiringTeam: [{ userId: "ckuser1", role: "HIRING_MANAGER" }],
};

// [what, schema, a valid input, the field a NUL goes into, the value (default: the valid one with a NUL inside)]
const CASES: [string, z.ZodType, unknown, Path, unknown?][] = [
  ["decision: application id", hiringDecisionFormSchema, decision, ["applicationId"]],
  ["decision: note", hiringDecisionFormSchema, decision, ["note"]],
  ["decision: rejection email subject", hiringDecisionFormSchema, decision, ["subject"]],
  ["decision: rejection email body", hiringDecisionFormSchema, decision, ["body"]],
  [
    "board move: application id",
    moveApplicationSchema,
    { applicationId: "ckapp1", toStageId: 2, expectedVersion: 0 },
    ["applicationId"],
  ],
  [
    "board reject: application id",
    rejectApplicationSchema,
    { applicationId: "ckapp1", expectedVersion: 0, rejection },
    ["applicationId"],
  ],
  [
    "board reject: email subject",
    rejectApplicationSchema,
    { applicationId: "ckapp1", expectedVersion: 0, rejection },
    ["rejection", "subject"],
  ],
  [
    "board reject: email body",
    rejectApplicationSchema,
    { applicationId: "ckapp1", expectedVersion: 0, rejection },
    ["rejection", "body"],
  ],
  [
    "bulk update: application ids",
    bulkUpdateSchema,
    { operation: "move", applicationIds: ["ckapp1", "ckapp2"], toStageId: 2 },
    ["applicationIds", 1],
  ],
  [
    "bulk tag: tag name",
    bulkUpdateSchema,
    { operation: "tag", applicationIds: ["ckapp1"], tagName: "Senior" },
    ["tagName"],
  ],
  ["scorecard: attribute notes", scorecardFormSchema, scorecard, ["ratings", 0, "notes"]],
  ["scorecard: key take-aways", scorecardFormSchema, scorecard, ["keyTakeaways"]],
  ["scorecard: private notes", scorecardFormSchema, scorecard, ["privateNotes"]],
  [
    "staff invite: name",
    inviteStaffSchema,
    { name: "Ada Lovelace", email: "ada@example.com", role: "RECRUITER" },
    ["name"],
  ],
  [
    "staff invite: email",
    inviteStaffSchema,
    { name: "Ada Lovelace", email: "ada@example.com", role: "RECRUITER" },
    ["email"],
  ],
  ["staff role: user id", changeStaffRoleSchema, { userId: "ckuser1", role: "ADMIN" }, ["userId"]],
  ["staff active: user id", setStaffActiveSchema, { userId: "ckuser1", active: false }, ["userId"]],
  ["sign-in: email", signInSchema, { email: "ada@example.com" }, ["email"]],
  [
    "email template: name",
    emailTemplateFormSchema,
    { name: "Rejection", subject: "About your application", body: "Hello,\n\nThanks." },
    ["name"],
  ],
  [
    "email template: subject",
    emailTemplateFormSchema,
    { name: "Rejection", subject: "About your application", body: "Hello,\n\nThanks." },
    ["subject"],
  ],
  [
    "email template: body",
    emailTemplateFormSchema,
    { name: "Rejection", subject: "About your application", body: "Hello,\n\nThanks." },
    ["body"],
  ],
  ["legal text: title", newLegalTextSchema, legalText, ["title"]],
  ["legal text: body", newLegalTextSchema, legalText, ["bodyMarkdown"]],
  // JSON spells it "\u0000" (six characters), which the jsonb column refuses once parsed.
  ["legal text: a question's prompt", newLegalTextSchema, legalText, ["questionsJson"], questions("Need\u0000help?")],
  [
    "accommodation note: request id",
    accommodationNoteSchema,
    { requestId: "ckreq1", body: "Called them." },
    ["requestId"],
  ],
  ["accommodation note: body", accommodationNoteSchema, { requestId: "ckreq1", body: "Called them." }, ["body"]],
  [
    "accommodation status: request id",
    changeAccommodationStatusSchema,
    { requestId: "ckreq1", from: "NEW", to: "IN_DISCUSSION" },
    ["requestId"],
  ],
  [
    "panel arrangement",
    panelArrangementSchema,
    { requestId: "ckreq1", panelArrangement: "Step-free room,\nbreaks every hour." },
    ["panelArrangement"],
  ],
  [
    "candidate accommodation: details",
    candidateAccommodationSchema,
    {
      formVersionId: "ckform1",
      request: { requested: true, kinds: [], details: "A quiet room", preferredContact: "EMAIL" },
    },
    ["request", "details"],
  ],
  ["candidate status link: email", resendLinkSchema, { email: "ada@example.com" }, ["email"]],
  [
    "saved view: name",
    saveViewSchema,
    { name: "Mine", shared: false, jobId: null, query: "q=ada&status=ACTIVE" },
    ["name"],
  ],
  [
    "saved view: query",
    saveViewSchema,
    { name: "Mine", shared: false, jobId: null, query: "q=ada&status=ACTIVE" },
    ["query"],
  ],
  ["saved view rename: name", renameViewFormSchema, { name: "Mine" }, ["name"]],
  ["tag: name", tagSchema, { name: "Senior" }, ["name"]],
  // Inside the path: new URL() takes it (it would encode it), so only the storable check refuses it.
  ["interview: video link", interviewFormSchema, interview, ["videoUrl"], "https://meet.example.com/a\u0000bc"],
  ["interview: panel user id", interviewFormSchema, interview, ["panelUserIds", 1]],
  ["interview: title", interviewFormSchema, interview, ["title"]],
  ["interview: location", interviewFormSchema, interview, ["location"]],
  [
    "interview reference: interview id",
    interviewRefSchema,
    { interviewId: "ckint1", expectedSequence: 0 },
    ["interviewId"],
  ],
  [
    "candidate merge: kept id",
    mergeCandidatesSchema,
    { keepCandidateId: "ckcand1", duplicateCandidateId: "ckcand2" },
    ["keepCandidateId"],
  ],
  [
    "candidate merge: duplicate id",
    mergeCandidatesSchema,
    { keepCandidateId: "ckcand1", duplicateCandidateId: "ckcand2" },
    ["duplicateCandidateId"],
  ],
  ["legal hold: candidate id", legalHoldSchema, { candidateId: "ckcand1", legalHold: true }, ["candidateId"]],
  ["erase now: candidate id", eraseNowSchema, { candidateId: "ckcand1", confirmation: "ERASE" }, ["candidateId"]],
  ["job: new department name", jobFormSchema, job, ["newDepartmentName"]],
  ["job: hiring team member", jobFormSchema, job, ["hiringTeam", 0, "userId"]],
];

describe("a NUL in a staff or candidate form", () => {
  it.each(CASES)("is a message at the field: %s", (_what, schema, valid, path, value) => {
    expect(issuesWithNul(schema, valid, path, value)).toContain(path.join("."));
  });

  it("is refused in a saved view's id (a plain string)", () => {
    expect(savedViewIdSchema.safeParse("ckview1").success).toBe(true);
    expect(savedViewIdSchema.safeParse("ck\u0000view1").success).toBe(false);
  });
});
