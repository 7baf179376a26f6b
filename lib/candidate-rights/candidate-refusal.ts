// A refusal the domain gives a candidate on a status-link page, after the form's schema (a link
// replaced meanwhile, an application closed, a time too close to change). It is an AppError in
// English, as logs, tests and every other caller read it, and names its words in status.json's
// "refusals", so the page's action says it again in the page's language (status-action-failure.ts).
import { createTranslator } from "use-intl/core";
import { AppError, type AppErrorCode } from "@/lib/errors";
import englishStatus from "@/messages/en/status.json";

export type RefusalKey = keyof typeof englishStatus.refusals;
export type RefusalValues = Record<string, string | number>;
/** A refusal's translator: t(key, values). */
export type RefusalText = (key: RefusalKey, values?: RefusalValues) => string;

const english = createTranslator({
  locale: "en",
  messages: { refusals: englishStatus.refusals },
  namespace: "refusals",
}) as unknown as RefusalText;

export class CandidateRefusal extends AppError {
  constructor(
    code: AppErrorCode,
    readonly key: RefusalKey,
    readonly values: RefusalValues = {},
    /** The form field it is about, with its own (shorter) words. */
    readonly field?: { path: string; key: RefusalKey },
  ) {
    super(code, english(key, values), field && { [field.path]: [english(field.key, values)] });
    this.name = "CandidateRefusal";
  }

  /** The message and field errors in the words of `t` (a translator of status.refusals). */
  in(t: RefusalText) {
    return {
      message: t(this.key, this.values),
      ...(this.field && { fieldErrors: { [this.field.path]: [t(this.field.key, this.values)] } }),
    };
  }
}
