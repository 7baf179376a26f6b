import { describe, expect, it } from "vitest";
import { isTypingTarget, overlayIsOpen, triageCommandOf } from "./triage-keys";

type Fake = { tagName: string; type?: string; isContentEditable?: boolean; role?: string };
// Just enough of an element for the checks: its tag, type, editability and a closest() by role.
const element = ({ tagName, type, isContentEditable = false, role }: Fake) => ({
  tagName,
  type,
  isContentEditable,
  closest: (selector: string) => (role && selector.includes(`'${role}'`) ? {} : null),
});
const press = (
  key: string,
  target: object | null = element({ tagName: "A" }),
  modifiers: Partial<Record<"ctrlKey" | "metaKey" | "altKey" | "shiftKey" | "defaultPrevented", boolean>> = {},
) =>
  triageCommandOf({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    defaultPrevented: false,
    target: target as EventTarget,
    ...modifiers,
  });

describe("triageCommandOf", () => {
  it("maps the documented keys", () => {
    expect(["j", "k", "a", "ArrowRight", "r", "t", "o", "x"].map((key) => press(key))).toEqual([
      "next",
      "previous",
      "advance",
      "advance",
      "reject",
      "tag",
      "open",
      "select",
    ]);
    expect(press("?", undefined, { shiftKey: true })).toBe("help");
    expect(press("q")).toBeNull();
  });

  it("leaves modified keys and handled events alone", () => {
    expect(press("r", undefined, { ctrlKey: true })).toBeNull();
    expect(press("r", undefined, { metaKey: true })).toBeNull();
    expect(press("j", undefined, { altKey: true })).toBeNull();
    expect(press("ArrowRight", undefined, { shiftKey: true })).toBeNull();
    expect(press("J", undefined, { shiftKey: true })).toBeNull();
    expect(press("j", undefined, { defaultPrevented: true })).toBeNull();
  });

  it("does nothing while typing", () => {
    expect(press("j", element({ tagName: "INPUT", type: "text" }))).toBeNull();
    expect(press("j", element({ tagName: "INPUT", type: "search" }))).toBeNull();
    expect(press("j", element({ tagName: "INPUT" }))).toBeNull();
    expect(press("j", element({ tagName: "TEXTAREA" }))).toBeNull();
    expect(press("j", element({ tagName: "SELECT" }))).toBeNull();
    expect(press("j", element({ tagName: "DIV", isContentEditable: true }))).toBeNull();
    expect(press("j", element({ tagName: "DIV", role: "menuitem" }))).toBeNull();
    // A checkbox is not typed into: moving on from a just-ticked row works.
    expect(press("j", element({ tagName: "INPUT", type: "checkbox" }))).toBe("next");
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe("overlayIsOpen", () => {
  it("sees dialogs and menus in the document, or focus inside a dialog", () => {
    const empty = { querySelector: () => null };
    expect(overlayIsOpen(empty, null)).toBe(false);
    expect(overlayIsOpen({ querySelector: () => ({}) as Element }, null)).toBe(true);
    expect(overlayIsOpen(empty, element({ tagName: "BUTTON", role: "dialog" }) as unknown as EventTarget)).toBe(true);
  });
});
