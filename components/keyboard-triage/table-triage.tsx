"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type RefObject } from "react";
import {
  bulkUpdateApplicationsAction,
  moveApplicationAction,
  rejectApplicationAction,
} from "@/app/(hiring)/_actions/pipeline";
import { toCard, type BulkContext } from "@/components/applications-table/applications-bulk-actions";
import { BoardNotice } from "@/components/pipeline/board-header";
import { RejectDialog } from "@/components/pipeline/reject-dialog";
import type { Notice } from "@/components/pipeline/use-board-actions";
import type { ApplicationRow } from "@/lib/applications-table/query-applications";
import { applicationProfilePath } from "@/lib/paths/applications";
import type { RejectionFormInput } from "@/lib/pipeline/schema";
import { ShortcutsButton } from "./shortcuts-button";
import { ShortcutsDialog, triageShortcuts } from "./shortcuts-dialog";
import { TagDialog } from "./tag-dialog";
import { focusedTriageItem, focusTriageItem, stepTriageFocus, type TriagePosition } from "./triage-focus";
import { availableCommands, type TriageRights } from "./triage-keys";
import { useFocusReturn } from "./use-focus-return";
import { useTriageKeys } from "./use-triage-keys";
import type { ActionResult, ConflictFailure } from "@/lib/actions/action-result";

type Props = {
  /** The table: its rows carry data-triage-item. */
  containerRef: RefObject<HTMLElement | null>;
  rows: ApplicationRow[];
  /** One job in view and the viewer may act on it; null: moving between and opening candidates only. */
  bulk: BulkContext | null;
  tagSuggestions: string[];
  onToggleSelected: (applicationId: string) => void;
};

const OFFLINE: ActionResult<object, ConflictFailure> = {
  ok: false,
  message: "We could not reach the server, so nothing changed. Check your connection and try again.",
};

/** Keyboard triage on the applications table, with the pipeline's own server actions and dialogs. */
export function TableTriage({ containerRef, rows, bulk, tagSuggestions, onToggleSelected }: Props) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [help, setHelp] = useState(false);
  const [rejecting, setRejecting] = useState<ApplicationRow | null>(null);
  const [tagging, setTagging] = useState<ApplicationRow | null>(null);
  // Where the reader was when an action started: if the refreshed table no longer has that row
  // (it left the view's filter), focus goes to whoever took its place instead of being lost.
  const lastPosition = useRef<TriagePosition | null>(null);
  const permissions = bulk?.permissions;
  const focusReturn = useFocusReturn(containerRef);
  const openHelp = () => {
    focusReturn.remember();
    setHelp(true);
  };

  // The candidate the reader is on, kept as they move (j/k, Tab, a click): a refresh that lands
  // after they moved on must bring focus back to where they are, not where an action started.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const remember = () => {
      const position = focusedTriageItem(container);
      if (position) lastPosition.current = position;
    };
    container.addEventListener("focusin", remember);
    return () => container.removeEventListener("focusin", remember);
  }, [containerRef]);

  useEffect(() => {
    const position = lastPosition.current;
    if (position && (document.activeElement === document.body || document.activeElement === null))
      focusTriageItem(containerRef.current, position);
  }, [rows, containerRef]);

  const focusedRow = () => {
    const position = focusedTriageItem(containerRef.current);
    if (position) lastPosition.current = position;
    return position ? (rows.find((row) => row.id === position.id) ?? null) : null;
  };

  const run = (call: () => Promise<ActionResult<object, ConflictFailure>>, successText: string) =>
    new Promise<ActionResult<object, ConflictFailure>>((resolve) => {
      startTransition(async () => {
        const result = await call().catch(() => OFFLINE);
        setNotice(result.ok ? { tone: "success", text: successText } : { tone: "danger", text: result.message });
        if (result.ok || ("conflict" in result && result.conflict)) router.refresh();
        resolve(result);
      });
    });

  const advance = (row: ApplicationRow) => {
    if (!bulk) return;
    const index = bulk.stages.findIndex((stage) => stage.stageId === row.stage.id);
    const next = bulk.stages[index + 1];
    if (!next)
      return setNotice({
        tone: "danger",
        text: `${row.candidate.name} is already in the last stage, ${row.stage.name}.`,
      });
    void run(
      () =>
        moveApplicationAction(bulk.job.id, {
          applicationId: row.id,
          toStageId: next.stageId,
          expectedVersion: row.version,
        }),
      `Moved ${row.candidate.name} to ${next.name}.`,
    );
  };

  const rights: TriageRights = {
    move: Boolean(permissions?.canMove),
    reject: Boolean(permissions?.canReject),
    tag: Boolean(permissions?.canTag),
    select: bulk !== null,
  };

  useTriageKeys(availableCommands(rights), (command) => {
    if (command === "next" || command === "previous")
      return void stepTriageFocus(containerRef.current, command === "next" ? 1 : -1);
    if (command === "help") return openHelp();
    const row = focusedRow();
    if (!row) return setNotice({ tone: "danger", text: "Choose a candidate first: press j to go to the first one." });
    focusReturn.remember();
    if (command === "open") router.push(`${applicationProfilePath(row.id)}#resume`);
    else if (command === "advance") advance(row);
    else if (command === "reject") setRejecting(row);
    else if (command === "tag") setTagging(row);
    else if (command === "select") onToggleSelected(row.id);
  });

  const reject = (row: ApplicationRow, rejection: RejectionFormInput) =>
    run(
      () => rejectApplicationAction(bulk!.job.id, { applicationId: row.id, expectedVersion: row.version, rejection }),
      `${rejection.kind === "CANDIDATE_WITHDREW" ? "Recorded the withdrawal of" : "Rejected"} ${row.candidate.name}.`,
    );

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <BoardNotice notice={notice} />
        <ShortcutsButton onClick={openHelp} />
      </div>
      <ShortcutsDialog
        open={help}
        onOpenChange={setHelp}
        onCloseAutoFocus={focusReturn.onCloseAutoFocus}
        shortcuts={triageShortcuts(rights)}
        note={
          bulk
            ? undefined
            : "Filter the table to one job to advance, reject, tag and select candidates from the keyboard."
        }
      />
      {rejecting && bulk && (
        <RejectDialog
          cards={[toCard(rejecting)]}
          options={bulk.rejectionOptions}
          context={{
            jobTitle: bulk.job.title,
            organizationName: bulk.job.organizationName,
            senderName: bulk.senderName,
          }}
          onSubmit={(values) => reject(rejecting, values)}
          onClose={() => setRejecting(null)}
          onCloseAutoFocus={focusReturn.onCloseAutoFocus}
        />
      )}
      {tagging && bulk && (
        <TagDialog
          candidateName={tagging.candidate.name}
          suggestions={tagSuggestions}
          onSubmit={(tagName) =>
            run(
              () =>
                bulkUpdateApplicationsAction(bulk.job.id, { operation: "tag", applicationIds: [tagging.id], tagName }),
              `Tagged ${tagging.candidate.name} “${tagName.trim()}”.`,
            )
          }
          onClose={() => setTagging(null)}
          onCloseAutoFocus={focusReturn.onCloseAutoFocus}
        />
      )}
    </>
  );
}
