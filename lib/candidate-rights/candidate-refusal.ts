// A refusal the domain gives a candidate after the form's schema (a link replaced meanwhile, an
// application closed, a job closed, a document it cannot read). It is an AppError in English, as
// logs, tests and every other caller (the Job Board API) read it, and names its words in
// status.json's "refusals", so the page's action or the apply route says it again in the page's
// language (refusal-words.ts).
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
    /** Field errors already in the form's language (its schema's), kept as they are. */
    readonly schemaErrors?: Record<string, string[]>,
  ) {
    super(code, english(key, values), field ? { [field.path]: [english(field.key, values)] } : schemaErrors);
    this.name = "CandidateRefusal";
  }

  /** The message and field errors in the words of `t` (a translator of status.refusals). */
  in(t: RefusalText) {
    return {
      message: t(this.key, this.values),
      ...(this.field
        ? { fieldErrors: { [this.field.path]: [t(this.field.key, this.values)] } }
        : this.schemaErrors && { fieldErrors: this.schemaErrors }),
    };
  }
}
