import { splitNoteBody } from "@/lib/candidates/mention-syntax";

/** A note as React text: mentions highlighted, everything else literal (never parsed as HTML). */
export function NoteBody({ body }: { body: string }) {
  return (
    <p className="text-ink break-words whitespace-pre-wrap">
      {splitNoteBody(body).map((segment, index) =>
        segment.kind === "text" ? (
          segment.text
        ) : (
          <span key={index} className="bg-brand-soft text-brand rounded px-1 font-medium">
            @{segment.label}
          </span>
        ),
      )}
    </p>
  );
}
