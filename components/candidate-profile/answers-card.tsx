import type { CandidateProfile } from "@/lib/candidates/get-candidate-profile";
import type { AnswerDisplay } from "@/lib/candidates/format-answer";
import { ProfileSection } from "./profile-section";

export function AnswersCard({ answers }: { answers: CandidateProfile["answers"] }) {
  if (answers.length === 0) return null;
  return (
    <ProfileSection id="answers" title="Answers to the job's questions">
      <dl className="space-y-4">
        {answers.map((entry) => (
          <div key={entry.questionId}>
            <dt className="font-semibold text-ink">{entry.label}</dt>
            <dd className="mt-1 text-ink">
              <Answer answer={entry.answer} />
            </dd>
          </div>
        ))}
      </dl>
    </ProfileSection>
  );
}

function Answer({ answer }: { answer: AnswerDisplay }) {
  switch (answer.kind) {
    case "empty":
      return <span className="text-ink-muted italic">Not answered</span>;
    case "list":
      return (
        <ul className="list-disc pl-5">
          {answer.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      );
    case "link":
      return answer.href ? (
        <a href={answer.href} rel="noopener noreferrer nofollow" target="_blank" className="break-all">
          {answer.text}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      ) : (
        <span className="break-all">{answer.text}</span>
      );
    case "text":
      return <p className="break-words whitespace-pre-wrap">{answer.text}</p>;
  }
}
