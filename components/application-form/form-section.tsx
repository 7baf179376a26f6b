import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";

// The form is many screens long on a phone: sections out of view skip layout and paint until
// they come near (content-visibility), which keeps the page's first render short.
export function FormSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="mb-10 rounded-lg border border-line bg-surface p-5 [contain-intrinsic-size:auto_40rem] [content-visibility:auto] sm:p-7"
    >
      <h2 id={`${id}-title`} className="text-xl font-semibold text-ink">
        {title}
      </h2>
      {description ? <div className="mt-2 mb-5 text-ink-muted">{description}</div> : <div className="mb-4" />}
      <div className="space-y-5">{children}</div>
    </section>
  );
}

/** A legal text rendered from its versioned Markdown (sanitized to HTML on the server). */
/**
 * A legal text's wording. `language` is the version's (decision 0042): on a form in another
 * language it is the English one, said so above it and marked with lang.
 */
export function LegalText({
  html,
  className,
  language,
}: {
  html: string | undefined;
  className?: string;
  language?: string;
}) {
  const locale = useLocale();
  const t = useTranslations("legal");
  if (!html) return null;
  const fellBack = language !== undefined && language !== locale;
  return (
    <>
      {fellBack && (
        <p
          className="mb-3 rounded-md border-l-4 border-info bg-info-soft px-4 py-3 text-ink"
          data-testid="legal-fallback"
        >
          {t("fallbackNotice")}
        </p>
      )}
      <div
        lang={language}
        className={`prose-posting text-ink ${className ?? ""}`}
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </>
  );
}
