import type { DocumentView } from "@/lib/candidates/get-candidate-profile";
import { formatFileSize } from "@/lib/format/sizes";
import { applicationDocumentPath } from "@/lib/paths/applications";
import { ProfileSection } from "./profile-section";

export function CoverLetterCard({
  applicationId,
  text,
  file,
}: {
  applicationId: string;
  text: string | null;
  file: DocumentView | null;
}) {
  if (!text && !file) return null;
  return (
    <ProfileSection id="cover-letter" title="Cover letter">
      {text && <p className="break-words whitespace-pre-wrap text-ink">{text}</p>}
      {file && (
        <div className={text ? "mt-4 space-y-3" : "space-y-3"}>
          {file.extractedText && <p className="break-words whitespace-pre-wrap text-ink">{file.extractedText}</p>}
          <a href={applicationDocumentPath(applicationId, file.id)} download className="text-sm font-semibold">
            Download the cover letter ({formatFileSize(file.byteSize)})
            <span className="sr-only">: {file.fileName}</span>
          </a>
        </div>
      )}
    </ProfileSection>
  );
}
