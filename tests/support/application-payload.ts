import { randomUUID } from "node:crypto";
import { currentLegalVersionIds, type ApplicationFormContext } from "@/lib/submissions/form-context";
import { pdfFile } from "./documents";

/** A complete, valid payload for `applyToJob`, answering every question of the context's job. */
export function validApplicationPayload(
  context: ApplicationFormContext,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const unique = randomUUID().slice(0, 8);
  const answers = Object.fromEntries(
    context.questions.map((question) => {
      const first = question.options[0]?.id;
      const value = {
        SHORT_TEXT: "C++",
        LONG_TEXT: "I traced a tail-latency regression to lock contention and fixed it.",
        SINGLE_SELECT: String(first),
        MULTI_SELECT: [String(first)],
        YES_NO: "YES",
        NUMBER: "12",
        URL: "https://github.com/example/project",
      }[question.type];
      return [String(question.id), value];
    }),
  );
  const selfId = context.selfId;
  return {
    submissionKey: randomUUID(),
    firstName: "Grace",
    lastName: `Hopper-${unique}`,
    email: `grace.${unique}@example.com`,
    phone: "+1 415 555 0100",
    location: "Arlington, VA, USA",
    resume: pdfFile("grace-hopper-resume.pdf"),
    answers,
    workAuthorization: { authorizedToWork: "YES", requiresSponsorship: "NO" },
    exportControl: { canReceiveWithoutLicense: "YES", usPerson: "DECLINE" },
    accommodation: {
      requested: true,
      kinds: ["ALTERNATE_FORMAT_DOCUMENTS"],
      details: "Large-print documents, please.",
      preferredContact: "EMAIL",
    },
    selfIdentification: selfId?.forms.veteran
      ? { veteran: selfId.forms.veteran.questions[0]?.options.at(-1)?.value }
      : {},
    privacyAcknowledged: true,
    keepOnFile: false,
    legalVersions: currentLegalVersionIds(context),
    ...overrides,
  };
}

type JobWithQuestions = {
  questions: ReadonlyArray<{ id: string | number; type: string; options: ReadonlyArray<{ id: string | number }> }>;
};

/** A complete Job Board application in Greenhouse's field names, for a job with the sample questions. */
export function validGreenhousePayload(
  job: JobWithQuestions,
  email = `board.${randomUUID().slice(0, 8)}@example.com`,
): Record<string, unknown> {
  const byType = (type: string) => job.questions.find((question) => question.type === type)!;
  return {
    first_name: "Grace",
    last_name: "Hopper",
    email,
    phone: "+1 415 555 0100",
    location: "Arlington, VA, USA",
    [`question_${byType("SHORT_TEXT").id}`]: "C++",
    [`question_${byType("SINGLE_SELECT").id}`]: String(byType("SINGLE_SELECT").options[0]!.id),
    [`question_${byType("YES_NO").id}`]: "1",
    work_authorization_authorized: "YES",
    work_authorization_sponsorship: "NO",
    export_control_license: "YES",
    privacy_notice_acknowledged: "ACKNOWLEDGED",
  };
}
