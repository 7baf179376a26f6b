import { currentLegalVersionIds, type ApplicationFormContext } from "@/lib/submissions/form-context";
import type { ApplicationFormValues } from "@/lib/submissions/schema";

export function defaultApplicationValues(context: ApplicationFormContext): ApplicationFormValues {
  const answers = Object.fromEntries(
    context.questions.map((question) => [String(question.id), question.type === "MULTI_SELECT" ? [] : ""]),
  );
  return {
    submissionKey: crypto.randomUUID(),
    firstName: "",
    lastName: "",
    preferredName: "",
    pronouns: "",
    email: "",
    phone: "",
    location: "",
    resume: undefined as unknown as File,
    coverLetterFile: undefined,
    coverLetterText: "",
    linkedinUrl: "",
    githubUrl: "",
    websiteUrl: "",
    answers,
    workAuthorization: {} as ApplicationFormValues["workAuthorization"],
    exportControl: {} as ApplicationFormValues["exportControl"],
    accommodation: { requested: false, kinds: [], details: "", preferredContact: undefined },
    selfIdentification: {},
    privacyAcknowledged: false as unknown as true,
    keepOnFile: false,
    legalVersions: currentLegalVersionIds(context),
    tracking: undefined,
  };
}
