import type { Resolver } from "react-hook-form";
import type { ApplicationFormContext } from "@/lib/submissions/form-context";
import type { ApplicationFormInput, ApplicationFormValues } from "@/lib/submissions/schema";
import type { ValidationText } from "@/lib/submissions/validation-text";

type ApplicationResolver = Resolver<ApplicationFormValues, unknown, ApplicationFormInput>;

/**
 * The shared zod schema, loaded when the candidate starts on the form rather than with the page:
 * zod is a third of the page's JavaScript and nothing needs it before the first answer is checked.
 * `preload` starts the download early (on the first focus); validating waits for it if needed.
 */
export function lazyApplicationResolver(
  context: ApplicationFormContext,
  text?: ValidationText,
): {
  resolver: ApplicationResolver;
  preload: () => void;
} {
  let loading: Promise<ApplicationResolver> | undefined;
  const load = () =>
    (loading ??= import("./application-resolver").then((module) => module.applicationResolver(context, text)));
  return {
    resolver: async (values, resolverContext, options) => (await load())(values, resolverContext, options),
    preload: () =>
      void load().catch(() => {
        // A failed download is retried by the next validation, which reports its own error.
        loading = undefined;
      }),
  };
}
