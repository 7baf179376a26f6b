import { DEFAULT_LOCALE } from "@/i18n/locales";
import { DEFAULT_STAGES } from "./default-stages";
import type { JobFormValues } from "./job-form-schema";

/** A blank job for the editor: the default pipeline, one empty section, every self-ID module. */
export function newJobFormValues(): JobFormValues {
  return {
    title: "",
    slug: "",
    summary: "",
    departmentId: "",
    newDepartmentName: "",
    officeIds: [],
    remotePolicy: "ON_SITE",
    remoteCountryCodes: [],
    employmentType: "FULL_TIME",
    language: DEFAULT_LOCALE,
    salaryMin: "",
    salaryMax: "",
    salaryCurrency: "",
    salaryUnit: "",
    validThrough: "",
    sections: [{ heading: "", bodyMarkdown: "", statements: [] }],
    questions: [],
    stages: DEFAULT_STAGES.map((stage, index) => ({ key: `new-${index}`, name: stage.name, kind: stage.kind })),
    stageMoves: [],
    scorecardAttributes: [],
    hiringTeam: [],
    selfIdModules: ["GENDER", "ETHNICITY_RACE", "VETERAN", "DISABILITY"],
  };
}
