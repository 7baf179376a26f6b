import type { EligibilityAnswers } from "@/lib/candidates/get-eligibility-answers-for-recruiter";
import type { LegalAnswer } from "@/lib/candidates/legal-answer";
import { formatDateTime } from "@/lib/format/dates";
import { ProfileSection } from "./profile-section";

type Form = { form: { title: string; version: string }; answeredAt: Date; answers: LegalAnswer[] } | null;

/** Work authorization and export control: recruiting staff only (the page decides, audited). */
export function EligibilityCard({ eligibility }: { eligibility: EligibilityAnswers }) {
  return (
    <ProfileSection id="eligibility" title="Work authorization and export control">
      <p className="mb-4 text-sm text-ink-muted">
        Visible to recruiting staff only, never to the interview panel. Your view is recorded in the audit log.
      </p>
      <div className="space-y-5">
        <LegalForm entry={eligibility.workAuthorization} fallbackTitle="Work authorization" />
        <LegalForm entry={eligibility.exportControl} fallbackTitle="Export control" />
      </div>
    </ProfileSection>
  );
}

function LegalForm({ entry, fallbackTitle }: { entry: Form; fallbackTitle: string }) {
  if (!entry) {
    return (
      <div>
        <h3 className="font-semibold text-ink">{fallbackTitle}</h3>
        <p className="text-ink-muted">Not answered.</p>
      </div>
    );
  }
  return (
    <div>
      <h3 className="font-semibold text-ink">{entry.form.title}</h3>
      <p className="text-sm text-ink-muted">
        Wording version {entry.form.version}, answered{" "}
        <time dateTime={entry.answeredAt.toISOString()}>{formatDateTime(entry.answeredAt)}</time>
      </p>
      <dl className="mt-2 space-y-2">
        {entry.answers.map((answer) => (
          <div key={answer.key}>
            <dt className="text-sm text-ink">{answer.prompt}</dt>
            <dd className="font-semibold text-ink">
              {answer.answer ?? <span className="font-normal text-ink-muted italic">Skipped (optional)</span>}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
