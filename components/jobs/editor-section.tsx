import type { ReactNode } from "react";

/** One titled part of a staff editor: a card, and a region named by its h2. */
export function EditorSection({
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
      className="space-y-5 rounded-lg border border-line bg-surface p-5 shadow-sm sm:p-6"
    >
      <div className="space-y-1">
        <h2 id={`${id}-title`} className="text-xl font-semibold text-ink">
          {title}
        </h2>
        {description && <div className="text-ink-muted">{description}</div>}
      </div>
      {children}
    </section>
  );
}
