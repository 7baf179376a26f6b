"use client";
import { useCallback, useOptimistic, useState, useTransition } from "react";
import type { BoardColumn } from "@/lib/pipeline/board-types";
import { applyBoardChange, type BoardChange } from "./board-changes";
import type { ActionResult, ConflictFailure } from "@/lib/actions/action-result";

export type Notice = { tone: "success" | "danger"; text: string };

/**
 * The board's columns with pending changes applied at once (optimistic), and a runner for the
 * server actions. When an action ends, React shows the server's board again: the change if it
 * was saved, or the card back where it was (plus anything others changed) if it was not.
 */
export function useBoardActions(serverColumns: BoardColumn[]) {
  const [columns, applyChange] = useOptimistic(serverColumns, applyBoardChange);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, startTransition] = useTransition();

  const run = useCallback(
    (
      change: BoardChange | null,
      call: () => Promise<ActionResult<object, ConflictFailure>>,
      successText?: (result: ActionResult<object, ConflictFailure>) => string,
    ) =>
      new Promise<ActionResult<object, ConflictFailure>>((resolve) => {
        startTransition(async () => {
          if (change) applyChange(change);
          const result = await call().catch((): ActionResult<object, ConflictFailure> => ({
            ok: false,
            message: "We could not reach the server, so nothing changed. Check your connection and try again.",
          }));
          setNotice(
            result.ok
              ? { tone: "success", text: successText?.(result) ?? result.message }
              : { tone: "danger", text: result.message },
          );
          resolve(result);
        });
      }),
    [applyChange],
  );

  return { columns, notice, setNotice, busy, run };
}
