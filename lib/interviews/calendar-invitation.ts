// The iCalendar (.ics) invitation sent with every interview email, built with the `ics` library.
// One UID per interview for everyone; each change goes out with a higher SEQUENCE, so calendar
// applications update (REQUEST) or remove (CANCEL) the event they already have.
import { createEvent, type Attendee, type EventAttributes } from "ics";

export type CalendarMethod = "REQUEST" | "CANCEL";

export type CalendarPerson = { name: string | null; email: string };

export type CalendarInvitation = {
  method: CalendarMethod;
  uid: string;
  sequence: number;
  startsAt: Date;
  durationMinutes: number;
  summary: string;
  description: string;
  location: string | null;
  videoUrl: string | null;
  organizer: CalendarPerson;
  attendees: CalendarPerson[];
};

const PRODUCT_ID = "-//Trellis//Interviews//EN";

function attendee(person: CalendarPerson): Attendee {
  return {
    ...(person.name ? { name: person.name } : {}),
    email: person.email,
    rsvp: true,
    partstat: "NEEDS-ACTION",
    role: "REQ-PARTICIPANT",
  };
}

export function buildCalendarInvitation(invitation: CalendarInvitation): string {
  const start = invitation.startsAt.getTime();
  const event: EventAttributes = {
    productId: PRODUCT_ID,
    method: invitation.method,
    uid: invitation.uid,
    sequence: invitation.sequence,
    start,
    startInputType: "utc",
    startOutputType: "utc",
    end: start + invitation.durationMinutes * 60_000,
    endInputType: "utc",
    endOutputType: "utc",
    title: invitation.summary,
    description: invitation.description,
    // Calendars show LOCATION in the event itself: the room, or else the video link.
    location: invitation.location ?? invitation.videoUrl ?? undefined,
    ...(invitation.videoUrl ? { url: invitation.videoUrl } : {}),
    status: invitation.method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
    busyStatus: "BUSY",
    organizer: {
      ...(invitation.organizer.name ? { name: invitation.organizer.name } : {}),
      email: invitation.organizer.email,
    },
    attendees: invitation.attendees.map(attendee),
  };
  const { error, value } = createEvent(event);
  if (error || !value) throw new Error(`Could not build the calendar invitation: ${error?.message ?? "no output"}`);
  return value;
}

/** The sender of EMAIL_FROM ("Trellis Careers <careers@example.com>" or a bare address) as a calendar organizer. */
export function organizerFromAddress(from: string): CalendarPerson {
  const match = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(from);
  if (match) return { name: match[1]?.trim() || null, email: match[2] ?? from.trim() };
  return { name: null, email: from.trim() };
}
