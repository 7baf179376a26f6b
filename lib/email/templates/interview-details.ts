import { escapeHtml } from "@/lib/utils/escape-html";

// The "Interview / When / Where" block shared by the candidate's and the panel's interview emails.

export type InterviewDetail = readonly [label: string, value: string | null];
type ShownDetail = readonly [label: string, value: string];

const LINK_LABEL = "Video link";

const shown = (details: InterviewDetail[]) =>
  details.filter((detail): detail is ShownDetail => detail[1] !== null && detail[1] !== "");

export const interviewDetailsText = (details: InterviewDetail[]) =>
  shown(details).map(([label, value]) => `${label}: ${value}`);

export function interviewDetailsHtml(details: InterviewDetail[]): string {
  const items = shown(details).map(([label, value]) => {
    const html = label === LINK_LABEL ? `<a href="${escapeHtml(value)}">${escapeHtml(value)}</a>` : escapeHtml(value);
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

export function interviewDetails(data: ReadableInterview): InterviewDetail[] {
  return [
    ["Interview", data.title],
    ["When", data.when],
    ["Length", data.duration],
    ["Where", data.location],
    [LINK_LABEL, data.videoUrl],
  ];
}
