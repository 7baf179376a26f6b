"use client";
import { useEffect, useRef } from "react";
import { overlayIsOpen, triageCommandOf, type TriageCommand } from "./triage-keys";

/**
 * Single-key shortcuts for a page (j, k, a, →, r, t, o, x, ?). A small hook rather than a
 * hotkeys library: the rules that matter here (never while typing, never behind an open dialog
 * or menu, never during a keyboard drag, "?" by the character whatever the layout) are a few
 * lines, and a dependency would still need all of them configured.
 */
export function useTriageKeys(
  commands: readonly TriageCommand[],
  onCommand: (command: TriageCommand) => void,
  { enabled = true }: { enabled?: boolean } = {},
) {
  // The latest handler and commands without re-adding the listener on every render.
  const latest = useRef({ commands, onCommand });
  useEffect(() => {
    latest.current = { commands, onCommand };
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = triageCommandOf(event);
      if (!command || overlayIsOpen(document, event.target)) return;
      // Keys of commands this viewer does not have (e.g. "r" without the right to reject) keep their usual meaning.
      if (!latest.current.commands.includes(command)) return;
      event.preventDefault();
      latest.current.onCommand(command);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [enabled]);
}
