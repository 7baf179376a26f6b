"use client";
import { useRef, type RefObject } from "react";
import { focusedTriageItem, focusTriageItem, type TriagePosition } from "./triage-focus";

/**
 * Where focus goes when a triage dialog closes. Radix returns focus to a dialog's trigger, and
 * these dialogs open from a shortcut, without one: focus would fall to the page. Instead it goes
 * back to the candidate the dialog was opened for (or whoever took their place), else to the
 * control that opened it.
 */
export function useFocusReturn(containerRef: RefObject<HTMLElement | null>) {
  const from = useRef<{ element: HTMLElement | null; position: TriagePosition | null }>({
    element: null,
    position: null,
  });
  return {
    /** Call when opening a dialog (from a key press or a button). */
    remember() {
      const active = document.activeElement;
      from.current = {
        element: active instanceof HTMLElement ? active : null,
        position: focusedTriageItem(containerRef.current),
      };
    },
    /** The dialog's onCloseAutoFocus. */
    onCloseAutoFocus(event: Event) {
      event.preventDefault();
      const { element, position } = from.current;
      if (position && focusTriageItem(containerRef.current, position)) return;
      if (element?.isConnected) element.focus();
    },
  };
}
