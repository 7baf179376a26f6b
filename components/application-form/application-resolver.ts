// Everything the application form needs zod for, in one module loaded after the page
// (lazy-application-resolver.ts): validation, and reading the link's tracking on submit.
import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import type { ApplicationFormContext } from "@/lib/submissions/form-context";
import {
  buildApplicationFormSchema,
  type ApplicationFormInput,
  type ApplicationFormValues,
} from "@/lib/submissions/schema";
import type { ValidationText } from "@/lib/submissions/validation-text";

export { readTracking } from "./tracking";

/** The form's validation: the same zod schema the server parses the application with. */
export function applicationResolver(
  context: ApplicationFormContext,
  text?: ValidationText,
): Resolver<ApplicationFormValues, unknown, ApplicationFormInput> {
  return zodResolver(buildApplicationFormSchema(context, text));
}
