import type { QuestionType } from "@/lib/generated/prisma/enums";
import { safeHref } from "./safe-href";

export type AnswerDisplay =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "link"; text: string; href: string | null };

type Question = { type: QuestionType; options: { id: number; label: string }[] };

/**
 * A stored answer as staff read it: select answers are stored as option ids (so relabelling an
 * option keeps old answers meaningful) and shown by their current label.
 */
export function formatAnswer(question: Question, value: unknown): AnswerDisplay {
  if (value === null || value === undefined || value === "") return { kind: "empty" };
  const label = (id: unknown) =>
    question.options.find((option) => option.id === Number(id))?.label ?? "(an option that was removed)";
  switch (question.type) {
    case "SINGLE_SELECT":
      return { kind: "text", text: label(value) };
    case "MULTI_SELECT":
      return Array.isArray(value) && value.length > 0 ? { kind: "list", items: value.map(label) } : { kind: "empty" };
    case "YES_NO":
      return { kind: "text", text: value === "YES" ? "Yes" : value === "NO" ? "No" : String(value) };
    case "URL":
      return { kind: "link", text: String(value), href: safeHref(String(value)) };
    default:
      return { kind: "text", text: typeof value === "string" ? value : JSON.stringify(value) };
  }
}
