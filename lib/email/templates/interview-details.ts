import { escapeHtml } from "@/lib/utils/escape-html";

// The "Interview / When / Where" block shared by the candidate's and the panel's interview emails.

/** A label, its value (left out when empty), and whether the value is a link. */
export type InterviewDetail = readonly [label: string, value: string | null, link?: boolean];
type ShownDetail = readonly [label: string, value: string, link?: boolean];

const shown = (details: InterviewDetail[]) =>
  details.filter((detail): detail is ShownDetail => detail[1] !== null && detail[1] !== "");

export const interviewDetailsText = (details: InterviewDetail[]) =>
  shown(details).map(([label, value]) => `${label}: ${value}`);

export function interviewDetailsHtml(details: InterviewDetail[]): string {
  const items = shown(details).map(([label, value, link]) => {
    const html = link ? `<a href="${escapeHtml(value)}">${escapeHtml(value)}</a>` : escapeHtml(value);
    return `<li><strong>${escapeHtml(label)}:</strong> ${html}</li>`;
  });
  return `<ul>\n${items.join("\n")}\n</ul>`;
}

/** The interview as both emails show it, already readable. */
export type ReadableInterview = {
  title: string;
  /** Formatted in the interview's zone (lib/interviews/format-interview-time.ts). */
  when: string;
  duration: string;
  location: string | null;
  videoUrl: string | null;
};

export type InterviewDetailLabels = Record<"interview" | "when" | "length" | "where" | "videoLink", string>;

/** The panel's labels; the candidate's come from emails.json in their language. */
export const ENGLISH_DETAIL_LABELS: InterviewDetailLabels = {
  interview: "Interview",
  when: "When",
  length: "Length",
  where: "Where",
  videoLink: "Video link",
};

export function interviewDetails(
  data: ReadableInterview,
  labels: InterviewDetailLabels = ENGLISH_DETAIL_LABELS,
): InterviewDetail[] {
  return [
    [labels.interview, data.title],
    [labels.when, data.when],
    [labels.length, data.duration],
    [labels.where, data.location],
    [labels.videoLink, data.videoUrl, true],
  ];
}
