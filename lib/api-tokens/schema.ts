// Shared by the API token form (react-hook-form) and its server actions.
import { z } from "zod";
import { API_SCOPES } from "@/lib/auth/actor";
import { storableTextCheck } from "@/lib/validations/storable-text";

export const API_TOKEN_LIFETIMES = ["30", "90", "365", "never"] as const;

export const createApiTokenSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Name the token after the system that uses it.")
    .max(100, "Keep the name under 100 characters.")
    .refine(...storableTextCheck()),
  scopes: z
    .array(z.enum(API_SCOPES, { error: "Choose from the listed scopes." }))
    .min(1, "Choose at least one scope.")
    .max(API_SCOPES.length)
    .transform((scopes) => [...new Set(scopes)]),
  expiresInDays: z.enum(API_TOKEN_LIFETIMES, { error: "Choose when the token expires." }),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;
export type CreateApiTokenValues = z.output<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({
  tokenId: z
    .string()
    .min(1)
    .max(64)
    .refine(...storableTextCheck()),
});
export type RevokeApiTokenInput = z.infer<typeof revokeApiTokenSchema>;
