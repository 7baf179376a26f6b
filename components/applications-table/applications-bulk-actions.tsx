"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { bulkUpdateApplicationsAction } from "@/app/(hiring)/_actions/pipeline";
import { BulkToolbar } from "@/components/pipeline/bulk-toolbar";
import { RejectDialog } from "@/components/pipeline/reject-dialog";
import { Alert } from "@/components/ui/alert";
import type { ApplicationsBulkContext } from "@/lib/applications-table/load-applications-table";
import type { ApplicationRow } from "@/lib/applications-table/query-applications";
import type { BoardCard } from "@/lib/pipeline/board-types";
import type { BulkUpdateInput } from "@/lib/pipeline/schema";
import type { ActionResult, ConflictFailure } from "@/lib/actions/action-result";

/** What the bulk actions need: one job (bulk actions work within a pipeline) and the viewer's rights. */
export type BulkContext = ApplicationsBulkContext;

type Notice = { tone: "success" | "danger"; text: string };

const OFFLINE: ActionResult<object, ConflictFailure> = {
  ok: false,
  message: "We could not reach the server, so nothing changed. Check your connection and try again.",
};

// The reject dialog is the pipeline board's; it takes the board's card shape.
export function toCard(row: ApplicationRow): BoardCard {
  return {
    id: row.id,
    version: row.version,
    reference: row.reference,
    stageId: row.stage.id,
    firstName: row.candidate.firstName,
    lastName: row.candidate.lastName,
    preferredName: row.candidate.preferredName,
    submittedAt: new Date(row.appliedAt).toISOString(),
    source: row.source,
    knockedOut: row.knockedOut,
    tags: row.tags.map((tag) => tag.name),
    locale: row.locale,
  };
}

/** Move, reject or tag the selected rows with the pipeline's own server action and dialog. */
export function ApplicationsBulkActions({
  context,
  selected,
  onDone,
}: {
  context: BulkContext;
  selected: ApplicationRow[];
  onDone: () => void;
}) {
  const router = useRouter();
  const [busy, startTransition] = useTransition();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [rejecting, setRejecting] = useState<BoardCard[] | null>(null);
  const ids = selected.map((row) => row.id);

  const run = (input: BulkUpdateInput) =>
    new Promise<ActionResult<object, ConflictFailure>>((resolve) => {
      startTransition(async () => {
        const result = await bulkUpdateApplicationsAction(context.job.id, input).catch(() => OFFLINE);
        setNotice({ tone: result.ok ? "success" : "danger", text: result.message });
        if (result.ok) onDone();
        // Show the change (or what someone else changed meanwhile) in the table.
        if (result.ok || result.conflict) router.refresh();
        resolve(result);
      });
    });

  return (
    <>
      <BulkToolbar
        selectedCount={selected.length}
        stages={context.stages}
        permissions={context.permissions}
        busy={busy}
        onMove={(toStageId) => void run({ operation: "move", applicationIds: ids, toStageId })}
        onReject={() => setRejecting(selected.map(toCard))}
        onTag={async (tagName) => (await run({ operation: "tag", applicationIds: ids, tagName })).ok}
        onClear={onDone}
      />
      {notice && <Alert variant={notice.tone}>{notice.text}</Alert>}
      {rejecting && (
        <RejectDialog
          cards={rejecting}
          options={context.rejectionOptions}
          context={{
            jobTitle: context.job.title,
            organizationName: context.job.organizationName,
            senderName: context.senderName,
          }}
          onSubmit={(rejection) =>
            run({ operation: "reject", applicationIds: rejecting.map((card) => card.id), rejection })
          }
          onClose={() => setRejecting(null)}
        />
      )}
    </>
  );
}
