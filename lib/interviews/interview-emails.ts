import "server-only";
// The emails (each with its .ics invitation) that every scheduling change queues, in the
// change's own transaction.
import type { DbTransaction } from "@/lib/db";
import { candidateEmailText } from "@/lib/email/candidate-email-text";
import { enqueueEmail } from "@/lib/email/outbox";
import { candidateInterviewEmail, type CandidateInterviewChange } from "@/lib/email/templates/interview-candidate";
import { panelistInterviewEmail, type PanelistInterviewChange } from "@/lib/email/templates/interview-panelist";
import { getEnv } from "@/lib/env";
import { preferredFirstName, preferredFullName } from "@/lib/format/names";
import { interviewPacketPath } from "@/lib/paths/interviews";
import { absoluteUrl } from "@/lib/utils/absolute-url";
import {
  buildCalendarInvitation,
  organizerFromAddress,
  type CalendarMethod,
  type CalendarPerson,
} from "./calendar-invitation";
import { formatDuration, formatInterviewTime } from "./format-interview-time";
import { type InvitationContext, type PanelMember } from "./interview-context";

/** The interview as it stands after the change (its sequence already raised). */
export type InterviewSnapshot = {
  id: string;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  location: string | null;
  videoUrl: string | null;
  calendarUid: string;
  calendarSequence: number;
};

export const interviewSnapshotSelect = {
  id: true,
  title: true,
  startsAt: true,
  durationMinutes: true,
  timeZone: true,
  location: true,
  videoUrl: true,
  calendarUid: true,
  calendarSequence: true,
} as const;

const methodOf = (change: CandidateInterviewChange | PanelistInterviewChange): CalendarMethod =>
  change === "cancellation" || change === "removed" ? "CANCEL" : "REQUEST";

const person = (member: PanelMember): CalendarPerson => ({ name: member.name, email: member.email });

function invitation(
  interview: InterviewSnapshot,
  method: CalendarMethod,
  summary: string,
  description: string,
  attendees: CalendarPerson[],
) {
  return buildCalendarInvitation({
    method,
    uid: interview.calendarUid,
    sequence: interview.calendarSequence,
    startsAt: interview.startsAt,
    durationMinutes: interview.durationMinutes,
    summary,
    description,
    location: interview.location,
    videoUrl: interview.videoUrl,
    organizer: organizerFromAddress(getEnv().EMAIL_FROM),
    attendees,
  });
}

const readable = (interview: InterviewSnapshot, language?: string) => ({
  title: interview.title,
  when: formatInterviewTime(interview, language),
  duration: formatDuration(interview.durationMinutes, language),
  location: interview.location,
  videoUrl: interview.videoUrl,
});

/**
 * The candidate's email, to the applicant who made the application at the address they made it
 * with (never to another applicant a merge joined to the record); null when the person was erased
 * and there is nobody to write to.
 */
export async function queueCandidateInterviewEmail(
  tx: DbTransaction,
  {
    interview,
    context,
    change,
  }: { interview: InterviewSnapshot; context: InvitationContext; change: CandidateInterviewChange },
): Promise<string | null> {
  const { applicant } = context;
  if (!applicant) return null;
  // In the language the application was made in, the calendar entry too (decision 0042).
  const language = await candidateEmailText(context.locale);
  const { t } = language;
  const email = candidateInterviewEmail({
    ...language,
    change,
    firstName: preferredFirstName(applicant),
    organizationName: context.organizationName,
    jobTitle: context.jobTitle,
    ...readable(interview, language.locale),
  });
  const method = methodOf(change);
  const names = { job: context.jobTitle, organization: context.organizationName, title: interview.title };
  const description = [
    t("interview.calendarDescription", names),
    interview.videoUrl ? `${t("interview.detailVideoLink")}: ${interview.videoUrl}` : null,
    interview.location ? `${t("interview.detailWhere")}: ${interview.location}` : null,
  ]
    .filter(Boolean)
    .join("\n");
  return enqueueEmail(tx, {
    to: applicant.email,
    ...email,
    template: `interview-${change}`,
    applicationId: context.applicationId,
    candidateId: context.candidate.id,
    calendar: {
      method,
      content: invitation(interview, method, t("interview.calendarSummary", names), description, [
        { name: preferredFullName(applicant), email: applicant.email },
      ]),
    },
  });
}

/**
 * One panel member's email. `panel` is who is on the panel now (the invitation's attendees); a
 * removed member's cancellation names only them, so it takes them off without touching others.
 */
export async function queuePanelistInterviewEmail(
  tx: DbTransaction,
  {
    interview,
    context,
    member,
    panel,
    change,
  }: {
    interview: InterviewSnapshot;
    context: InvitationContext;
    member: PanelMember;
    panel: PanelMember[];
    change: PanelistInterviewChange;
  },
): Promise<string> {
  const candidateName = preferredFullName(context.candidate);
  const packetUrl = absoluteUrl(interviewPacketPath(interview.id));
  const email = panelistInterviewEmail({
    change,
    recipientName: member.name ?? member.email,
    candidateName,
    jobTitle: context.jobTitle,
    ...readable(interview),
    panelNames: panel.map((seat) => seat.name ?? seat.email),
    packetUrl,
    arrangement: context.arrangement,
  });
  const method = methodOf(change);
  const description = [
    `${interview.title} with ${candidateName} for ${context.jobTitle}.`,
    interview.videoUrl ? `Video link: ${interview.videoUrl}` : null,
    `Candidate packet and scorecard: ${packetUrl}`,
  ]
    .filter(Boolean)
    .join("\n");
  const attendees = change === "removed" ? [person(member)] : panel.map(person);
  return enqueueEmail(tx, {
    to: member.email,
    ...email,
    template: `interview-panel-${change}`,
    applicationId: context.applicationId,
    userId: member.id,
    calendar: {
      method,
      content: invitation(
        interview,
        method,
        `Interview: ${interview.title} — ${candidateName}`,
        description,
        attendees,
      ),
    },
  });
}
