// Default rejection and withdrawal reasons with the emails they suggest. Staff can edit the
// templates; the seed never overwrites an existing row (found by its unique name or label).
import type { Prisma } from "../../lib/generated/prisma/client";
import type { RejectionKind } from "../../lib/generated/prisma/enums";
import {
  REJECTION_AFTER_INTERVIEWS_DE,
  REJECTION_AFTER_REVIEW_DE,
  WITHDRAWAL_ACKNOWLEDGED_DE,
  type TranslationSeed,
} from "./rejection-templates-de";

type TemplateSeed = { name: string; subject: string; body: string };

export const REJECTION_AFTER_REVIEW = "Rejection after application review";
export const REJECTION_AFTER_INTERVIEWS = "Rejection after interviews";
export const WITHDRAWAL_ACKNOWLEDGED = "Withdrawal acknowledged";

export const EMAIL_TEMPLATES: readonly TemplateSeed[] = [
  {
    name: REJECTION_AFTER_REVIEW,
    subject: "Your application for {{job.title}} at {{organization.name}}",
    body: `Dear {{candidate.preferredName}},

Thank you for applying for the {{job.title}} role at {{organization.name}}, and for the time you put into your application.

We have read it carefully, and we have decided not to move forward with your application for this role. This was a decision about the fit with what this particular role needs right now, not a judgement of you or your abilities.

We know a short answer can be frustrating. If you would like to apply for other roles with us in the future, we would be glad to hear from you again.

Your application reference is {{application.reference}}, should you need it.

With our thanks and best wishes,
{{sender.name}}
{{organization.name}}`,
  },
  {
    name: REJECTION_AFTER_INTERVIEWS,
    subject: "An update on the {{job.title}} role at {{organization.name}}",
    body: `Dear {{candidate.preferredName}},

Thank you for the time and energy you gave to our interviews for the {{job.title}} role.

After a lot of thought, we have decided not to offer you this role. We know this is disappointing news after the effort you have put in, and we did not make the decision lightly.

If it would help, reply to this email and we will do our best to share some feedback from the interviews.

We would be happy to hear from you again if another role with us catches your eye.

With our thanks and best wishes,
{{sender.name}}
{{organization.name}}`,
  },
  {
    name: WITHDRAWAL_ACKNOWLEDGED,
    subject: "Your application for {{job.title}} has been withdrawn",
    body: `Dear {{candidate.preferredName}},

Thank you for letting us know that you would like to withdraw from the {{job.title}} process. We have closed your application (reference {{application.reference}}), and nobody will contact you about this role again.

Thank you for your interest in {{organization.name}}. If your plans change, you are always welcome to apply again.

Wishing you all the best,
{{sender.name}}
{{organization.name}}`,
  },
];

/** German versions of the templates above, by template name (to be reviewed by a native speaker). */
export const EMAIL_TEMPLATES_DE: Readonly<Record<string, TranslationSeed>> = {
  [REJECTION_AFTER_REVIEW]: REJECTION_AFTER_REVIEW_DE,
  [REJECTION_AFTER_INTERVIEWS]: REJECTION_AFTER_INTERVIEWS_DE,
  [WITHDRAWAL_ACKNOWLEDGED]: WITHDRAWAL_ACKNOWLEDGED_DE,
};

type ReasonSeed = { kind: RejectionKind; label: string; template: string };

export const REJECTION_REASONS: readonly ReasonSeed[] = [
  { kind: "WE_REJECTED", label: "Not enough relevant experience", template: REJECTION_AFTER_REVIEW },
  { kind: "WE_REJECTED", label: "Another candidate was a better fit", template: REJECTION_AFTER_INTERVIEWS },
  { kind: "WE_REJECTED", label: "Did not meet a stated requirement", template: REJECTION_AFTER_REVIEW },
  { kind: "WE_REJECTED", label: "Position filled", template: REJECTION_AFTER_REVIEW },
  { kind: "WE_REJECTED", label: "Duplicate application", template: REJECTION_AFTER_REVIEW },
  { kind: "CANDIDATE_WITHDREW", label: "Accepted another offer", template: WITHDRAWAL_ACKNOWLEDGED },
  { kind: "CANDIDATE_WITHDREW", label: "Compensation", template: WITHDRAWAL_ACKNOWLEDGED },
  { kind: "CANDIDATE_WITHDREW", label: "Location or schedule", template: WITHDRAWAL_ACKNOWLEDGED },
  { kind: "CANDIDATE_WITHDREW", label: "No longer interested", template: WITHDRAWAL_ACKNOWLEDGED },
  { kind: "CANDIDATE_WITHDREW", label: "Other personal reasons", template: WITHDRAWAL_ACKNOWLEDGED },
];

/** Creates the default templates and reasons that are missing; never changes existing ones. */
export async function seedRejectionReasons(prisma: Prisma.TransactionClient): Promise<void> {
  const templateIds = new Map<string, string>();
  for (const template of EMAIL_TEMPLATES) {
    const row = await prisma.emailTemplate.upsert({
      where: { name: template.name },
      create: template,
      update: {},
      select: { id: true, subject: true, body: true },
    });
    templateIds.set(template.name, row.id);
    // The German version only beside the English text it translates: never beside staff's own edits.
    const german = EMAIL_TEMPLATES_DE[template.name];
    if (german && row.subject === template.subject && row.body === template.body) {
      await prisma.emailTemplateTranslation.createMany({
        data: [{ templateId: row.id, language: "de", ...german }],
        skipDuplicates: true,
      });
    }
  }
  for (const [position, reason] of REJECTION_REASONS.entries()) {
    await prisma.rejectionReason.upsert({
      where: { kind_label: { kind: reason.kind, label: reason.label } },
      create: {
        kind: reason.kind,
        label: reason.label,
        position,
        emailTemplateId: templateIds.get(reason.template) ?? null,
      },
      update: {},
    });
  }
}
