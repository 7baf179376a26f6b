import type { DocumentView } from "@/lib/candidates/get-candidate-profile";
import { formatFileSize } from "@/lib/format/sizes";
import { applicationDocumentPath } from "@/lib/paths/applications";
import { ProfileSection } from "./profile-section";

/**
 * A PDF is shown in the browser's own viewer, framed from the authorized document route; a
 * DOCX as the text extracted from it at upload (browsers cannot show Word files).
 */
export function ResumeViewer({
  applicationId,
  resume,
  candidateName,
}: {
  applicationId: string;
  resume: DocumentView | null;
  candidateName: string;
}) {
  if (!resume) {
    return (
      <ProfileSection id="resume" title="Resume">
        <p className="text-ink-muted">No resume was uploaded.</p>
      </ProfileSection>
    );
  }
  const download = (
    <a href={applicationDocumentPath(applicationId, resume.id)} download className="text-sm font-semibold">
      Download {resume.kind === "other" ? "" : resume.kind.toUpperCase()} ({formatFileSize(resume.byteSize)})
      <span className="sr-only">: {resume.fileName}</span>
    </a>
  );
  return (
    <ProfileSection id="resume" title="Resume" actions={download}>
      <p className="mb-3 text-sm break-all text-ink-muted">{resume.fileName}</p>
      {resume.kind === "pdf" && (
        <iframe
          src={applicationDocumentPath(applicationId, resume.id, true)}
          title={`Resume of ${candidateName} (PDF)`}
          className="h-[80vh] min-h-[480px] w-full rounded border border-line"
          data-testid="resume-viewer"
        />
      )}
      {resume.kind === "docx" &&
        (resume.extractedText ? (
          <div
            className="max-h-[80vh] overflow-y-auto rounded border border-line bg-canvas p-4 break-words whitespace-pre-wrap"
            data-testid="resume-text"
            tabIndex={0}
            role="region"
            aria-label={`Text of the resume of ${candidateName}`}
          >
            {resume.extractedText}
          </div>
        ) : (
          <p className="text-ink-muted">The text of this Word document is not available yet. Download it to read it.</p>
        ))}
      {resume.kind === "other" && (
        <p className="text-ink-muted">This file cannot be shown here. Download it to read it.</p>
      )}
    </ProfileSection>
  );
}
