"use client";

import { useState, useTransition } from "react";
import { mergeCandidatesAction } from "@/app/(hiring)/hiring/applications/[applicationId]/actions";
import { Alert } from "@/components/ui/alert";
import type { DuplicateReason, ProbableDuplicate } from "@/lib/candidates/find-probable-duplicates";
import { preferredFullName } from "@/lib/format/names";
import { ApplicationList } from "./application-list";
import { MergeDialog } from "./merge-dialog";
import type { ActionResult } from "@/lib/actions/action-result";

const REASON_LABELS: Record<DuplicateReason, string> = {
  email: "same email",
  "name-and-phone": "same name and phone",
  "name-and-linkedin": "same name and LinkedIn",
  "name-and-github": "same name and GitHub",
};

type Props = {
  applicationId: string;
  keepCandidateId: string;
  keepName: string;
  duplicates: ProbableDuplicate[];
  canMerge: boolean;
};

export function DuplicateList({ applicationId, keepCandidateId, keepName, duplicates, canMerge }: Props) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const merge = (duplicateCandidateId: string) =>
    new Promise<void>((resolve) =>
      startTransition(async () => {
        setResult(await mergeCandidatesAction(applicationId, { keepCandidateId, duplicateCandidateId }));
        resolve();
      }),
    );

  return (
    <div className="space-y-4">
      <div aria-live="polite">
        {result && (
          <Alert variant={result.ok ? "success" : "danger"} live="off">
            {result.message}
          </Alert>
        )}
      </div>
      {duplicates.length === 0 ? (
        <p className="text-sm text-ink-muted">No other candidate looks like the same person.</p>
      ) : (
        <ul className="space-y-5">
          {duplicates.map((duplicate) => {
            const name = preferredFullName(duplicate);
            return (
              <li key={duplicate.candidateId} className="space-y-2">
                <p className="text-ink">
                  <span className="font-semibold">{name}</span> <span className="break-all">({duplicate.email})</span>
                </p>
                <p className="text-sm text-ink-muted">
                  Matched on {duplicate.reasons.map((reason) => REASON_LABELS[reason]).join(", ")}.
                </p>
                <ApplicationList applications={duplicate.applications} />
                {canMerge && (
                  <MergeDialog
                    keepName={keepName}
                    duplicateName={name}
                    applicationCount={duplicate.applications.length}
                    pending={pending}
                    onConfirm={() => merge(duplicate.candidateId)}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
