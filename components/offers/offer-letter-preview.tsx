import type { RenderedLetter } from "@/lib/offers/load-letter";

/** The letter as the candidate will read it (the same paragraphs the PDF prints). */
export function OfferLetterPreview({ letter, headingLevel = 3 }: { letter: RenderedLetter; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="space-y-3 rounded border border-line bg-surface p-5" aria-label="Offer letter">
      <Heading className="text-lg font-semibold text-ink">{letter.title}</Heading>
      {letter.paragraphs.map((paragraph, index) => (
        <p key={index} className="whitespace-pre-wrap text-ink">
          {paragraph}
        </p>
      ))}
    </article>
  );
}
