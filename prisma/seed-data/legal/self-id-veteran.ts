import type { LegalFormSeed } from "../types";
import { FIRST_VERSION_EFFECTIVE_FROM } from "./options";

// VEVRAA invitation. The category definitions are those of 41 CFR 60-300.2, reproduced as
// written; the three answers are the wording used on the official self-identification forms.
export const selfIdVeteranV1: LegalFormSeed = {
  kind: "SELF_ID_VETERAN",
  version: "1",
  title: "Protected veteran status",
  effectiveFrom: FIRST_VERSION_EFFECTIVE_FROM,
  bodyMarkdown: `As a federal contractor subject to the Vietnam Era Veterans' Readjustment Assistance Act of 1974 (VEVRAA), we invite protected veterans to identify themselves so that we can measure how well our outreach and recruitment of protected veterans works. Answering is voluntary and confidential, it is kept separate from your application, and declining will not be held against you. You are a protected veteran if one or more of these classifications apply to you:

- A **"disabled veteran"** is one of the following: a veteran of the U.S. military, ground, naval or air service who is entitled to compensation (or who but for the receipt of military retired pay would be entitled to compensation) under laws administered by the Secretary of Veterans Affairs; or a person who was discharged or released from active duty because of a service-connected disability.
- A **"recently separated veteran"** means any veteran during the three-year period beginning on the date of such veteran's discharge or release from active duty in the U.S. military, ground, naval, or air service.
- An **"active duty wartime or campaign badge veteran"** means a veteran who served on active duty in the U.S. military, ground, naval or air service during a war, or in a campaign or expedition for which a campaign badge has been authorized under the laws administered by the Department of Defense.
- An **"Armed Forces service medal veteran"** means a veteran who, while serving on active duty in the U.S. military, ground, naval or air service, participated in a United States military operation for which an Armed Forces service medal was awarded pursuant to Executive Order 12985.`,
  questions: [
    {
      key: "veteranStatus",
      prompt: "Please select the statement that applies to you.",
      options: [
        { value: "PROTECTED_VETERAN", label: "I identify as one or more of the classifications of protected veteran" },
        { value: "NOT_PROTECTED_VETERAN", label: "I am not a protected veteran" },
        { value: "DECLINE", label: "I don't wish to answer" },
      ],
    },
  ],
};
