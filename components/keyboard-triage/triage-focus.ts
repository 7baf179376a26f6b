// The candidates of a board or table, in reading order, as the DOM has them: each is marked
// data-triage-item="<application id>", and its data-triage-focus element (the name link) takes focus.

export const TRIAGE_ITEM = "data-triage-item";
export const TRIAGE_FOCUS = "data-triage-focus";

export type TriagePosition = { id: string; index: number };

function items(container: HTMLElement | null): HTMLElement[] {
  return container ? [...container.querySelectorAll<HTMLElement>(`[${TRIAGE_ITEM}]`)] : [];
}

/** The candidate whose row or card holds the focus. */
export function focusedTriageItem(container: HTMLElement | null): TriagePosition | null {
  const active = document.activeElement;
  const item = active instanceof HTMLElement ? active.closest<HTMLElement>(`[${TRIAGE_ITEM}]`) : null;
  if (!item || !container?.contains(item)) return null;
  return { id: item.getAttribute(TRIAGE_ITEM) ?? "", index: items(container).indexOf(item) };
}

function focusItem(item: HTMLElement | undefined): boolean {
  if (!item) return false;
  const target = item.querySelector<HTMLElement>(`[${TRIAGE_FOCUS}]`) ?? item;
  target.focus();
  target.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  return true;
}

/** Focus the next (+1) or previous (-1) candidate; from nowhere, the first or the last. */
export function stepTriageFocus(container: HTMLElement | null, step: 1 | -1): boolean {
  const all = items(container);
  const current = focusedTriageItem(container);
  if (!current) return focusItem(step === 1 ? all[0] : all.at(-1));
  return focusItem(all[current.index + step]);
}

/**
 * Focus a candidate by id or, when they are gone (or `skipId`, one on the way out), whoever is now
 * at their place.
 */
export function focusTriageItem(container: HTMLElement | null, position: TriagePosition, skipId?: string): boolean {
  const all = items(container).filter((item) => item.getAttribute(TRIAGE_ITEM) !== skipId);
  const same = all.find((item) => item.getAttribute(TRIAGE_ITEM) === position.id);
  return focusItem(same ?? all[Math.min(position.index, all.length - 1)]);
}
