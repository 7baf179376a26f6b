// Which key means which triage command, and when keys are left alone (typing, dialogs, menus).

export type TriageCommand = "next" | "previous" | "advance" | "reject" | "tag" | "open" | "select" | "help";

type KeyEventLike = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
};

const COMMANDS: Record<string, TriageCommand> = {
  j: "next",
  k: "previous",
  a: "advance",
  ArrowRight: "advance",
  r: "reject",
  t: "tag",
  o: "open",
  x: "select",
  "?": "help",
};

export type TriageRights = { move: boolean; reject: boolean; tag: boolean; select: boolean };

/** The commands a viewer has on a board or table: moving around and opening, plus what they may do. */
export function availableCommands(can: TriageRights): TriageCommand[] {
  return [
    "next",
    "previous",
    "open",
    "help",
    ...(can.move ? (["advance"] as const) : []),
    ...(can.reject ? (["reject"] as const) : []),
    ...(can.tag ? (["tag"] as const) : []),
    ...(can.select ? (["select"] as const) : []),
  ];
}

/** The command of a key press, or null: modified keys (Ctrl+R, Shift+→) keep their usual meaning. */
export function triageCommandOf(event: KeyEventLike): TriageCommand | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
  // "?" needs Shift on most layouts; any other shifted key is not a shortcut.
  if (event.shiftKey && event.key !== "?") return null;
  if (isTypingTarget(event.target)) return null;
  return COMMANDS[event.key] ?? null;
}

// Inputs where letters are text; checkboxes and radios are not typed into.
const NOT_TYPED = new Set(["checkbox", "radio", "button", "submit", "reset", "image", "file", "range", "color"]);
// Widgets that use letters and arrows themselves (type-ahead in menus and lists).
const OWN_KEYS_ROLES =
  "[role='textbox'], [role='combobox'], [role='listbox'], [role='menu'], [role='menuitem'], [role='slider'], [role='spinbutton']";

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== "function") return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") return !NOT_TYPED.has(((element as HTMLInputElement).type || "text").toLowerCase());
  return element.closest(OWN_KEYS_ROLES) !== null;
}

/** A dialog or menu is open (or focus is in one): shortcuts would act behind it. */
export function overlayIsOpen(doc: Pick<Document, "querySelector">, target: EventTarget | null): boolean {
  if (
    target &&
    typeof (target as Element).closest === "function" &&
    (target as Element).closest("[role='dialog'], [role='alertdialog']")
  )
    return true;
  return doc.querySelector("[role='dialog'], [role='alertdialog'], [role='menu']") !== null;
}
