"use server";
import { staffAction } from "@/lib/actions/staff-action";
import { saveOfferLetterTemplate } from "@/lib/offers/offer-letter-templates";
import { offerLetterTemplateFormSchema } from "@/lib/offers/schema";
import { offerLetterEditPath, OFFER_LETTERS_PATH } from "@/lib/paths/offers";

const save = staffAction({
  name: "offer-letter-save",
  permission: "template.manage",
  schema: offerLetterTemplateFormSchema,
  invalid: "The letter was not saved.",
  run: async ({ actor, input }) => {
    const saved = await saveOfferLetterTemplate({ actor, input });
    return {
      message: `Saved as version ${saved.version}.`,
      data: { templateId: saved.templateId },
      revalidate: [OFFER_LETTERS_PATH, offerLetterEditPath(saved.templateId)],
    };
  },
});

export async function saveOfferLetterAction(input: unknown) {
  return save(input);
}
