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
export function LegalText({ html, className }: { html: string | undefined; className?: string }) {
  if (!html) return null;
  return <div className={`prose-posting text-ink ${className ?? ""}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
