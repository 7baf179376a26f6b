import "server-only";
import { z } from "zod";
import { storableTextCheck } from "@/lib/validations/storable-text";
import type { BoundId } from "./staff-action";

// Ids pages bind to staff actions. One that does not parse names nothing that exists.
const storableId = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine(...storableTextCheck());

export const boundJobId: BoundId<number> = {
  schema: z.number().int().positive(),
  notFound: "That job does not exist or is not visible to you.",
};

export const boundTemplateId: BoundId<string> = {
  schema: storableId(40),
  notFound: "That email template does not exist.",
};

export const boundInterviewId: BoundId<string> = {
  schema: storableId(40),
  notFound: "That interview does not exist, or you are not on its panel.",
};

export const boundNotificationId: BoundId<string> = {
  schema: storableId(64),
  notFound: "That notification does not exist.",
};

/** Checked for real by the domain's authorizeApplications, which answers the same for any unknown id. */
export const boundApplicationId: BoundId<string> = {
  schema: z.string(),
  notFound: "That application does not exist or is not visible to you.",
};
