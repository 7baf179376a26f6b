import type { ApplicationInterview } from "@/lib/interviews/load-application-interviews";
import type { InterviewFormValues } from "@/lib/interviews/schema";
import { isTimeZone } from "@/lib/interviews/time-zones";
import { wallTimeOf } from "@/lib/interviews/wall-time";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The zone of the coordinator's own device, which the form starts in. */
export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : "UTC";
}

/** A new interview: tomorrow at 10:00 in the coordinator's zone, an hour, nobody on the panel yet. */
export function newInterviewValues(timeZone: string, now = new Date()): InterviewFormValues {
  return {
    planItemId: "",
    title: "",
    date: wallTimeOf(new Date(now.getTime() + DAY_MS), timeZone).date,
    time: "10:00",
    timeZone,
    durationMinutes: "60",
    location: "",
    videoUrl: "",
    panelUserIds: [],
  };
}

/** An existing interview as the form shows it: its wall time in the zone it was scheduled in. */
export function interviewValues(interview: ApplicationInterview): InterviewFormValues {
  const { date, time } = wallTimeOf(interview.startsAt, interview.timeZone);
  return {
    planItemId: interview.planItemId === null ? "" : String(interview.planItemId),
    title: interview.title,
    date,
    time,
    timeZone: interview.timeZone,
    durationMinutes: String(interview.durationMinutes),
    location: interview.location ?? "",
    videoUrl: interview.videoUrl ?? "",
    panelUserIds: interview.panel.map((member) => member.id),
  };
}
