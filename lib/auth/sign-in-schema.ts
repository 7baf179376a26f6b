// The staff sign-in form's one field, checked the same way in the browser and in the action.
import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your work email address.")
    .max(254, "That email address is too long.")
    .pipe(z.email({ error: "Enter an email address such as name@company.com." })),
});
export type SignInInput = z.infer<typeof signInSchema>;
