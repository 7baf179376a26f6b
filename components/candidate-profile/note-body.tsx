import { splitNoteBody } from "@/lib/candidates/mention-syntax";

/** A note as React text: mentions highlighted, everything else literal (never parsed as HTML). */
export function NoteBody({ body }: { body: string }) {
  return (
    <p className="break-words whitespace-pre-wrap text-ink">
      {splitNoteBody(body).map((segment, index) =>
        segment.kind === "text" ? (
          segment.text
        ) : (
          <span key={index} className="rounded bg-brand-soft px-1 font-medium text-brand">
            @{segment.label}
          </span>
        ),
      )}
    </p>
  );
}
