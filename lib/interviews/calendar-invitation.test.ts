import { describe, expect, it } from "vitest";
import { buildCalendarInvitation, organizerFromAddress, type CalendarInvitation } from "./calendar-invitation";

/** The content lines of an iCalendar text: folded lines joined (RFC 5545 §3.1), as NAME → value. */
function parseLines(ics: string): { name: string; params: string; value: string }[] {
  const unfolded = ics.replace(/\r?\n[ \t]/g, "");
  return unfolded
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) => {
      const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
      const head = line.slice(0, colon);
      const [name = "", ...params] = head.split(";");
      return { name, params: params.join(";"), value: line.slice(colon + 1) };
    });
}
const valueOf = (ics: string, name: string) =>
  parseLines(ics)
    .filter((line) => line.name === name)
    .map((line) => line.value);

const base: CalendarInvitation = {
  method: "REQUEST",
  uid: "abc123@trellis.example",
  sequence: 0,
  startsAt: new Date("2026-12-01T17:30:00Z"),
  durationMinutes: 90,
  summary: "Interview: Systems design — Ada Lovelace",
  description: "Join: https://meet.example.com/abc",
  location: null,
  videoUrl: "https://meet.example.com/abc",
  organizer: { name: "Trellis Careers", email: "careers@trellis.example" },
  attendees: [
    { name: "Ivy Interviewer", email: "ivy@staff.example" },
    { name: "Hal, Manager; Jr.", email: "hal@staff.example" },
  ],
};

describe("calendar invitation", () => {
  it("carries UID, SEQUENCE, METHOD and UTC start and end", () => {
    const ics = buildCalendarInvitation(base);
    expect(valueOf(ics, "METHOD")).toEqual(["REQUEST"]);
    expect(valueOf(ics, "UID")).toEqual(["abc123@trellis.example"]);
    expect(valueOf(ics, "SEQUENCE")).toEqual(["0"]);
    expect(valueOf(ics, "DTSTART")).toEqual(["20261201T173000Z"]);
    expect(valueOf(ics, "DTEND")).toEqual(["20261201T190000Z"]);
    expect(valueOf(ics, "STATUS")).toEqual(["CONFIRMED"]);
    expect(valueOf(ics, "SUMMARY")).toEqual(["Interview: Systems design — Ada Lovelace"]);
    expect(valueOf(ics, "LOCATION")).toEqual(["https://meet.example.com/abc"]);
    expect(valueOf(ics, "URL")).toEqual(["https://meet.example.com/abc"]);
  });

  it("names the organizer and every attendee, escaping what iCalendar reserves", () => {
    const lines = parseLines(buildCalendarInvitation(base));
    const organizer = lines.find((line) => line.name === "ORGANIZER");
    expect(organizer?.value.toLowerCase()).toBe("mailto:careers@trellis.example");
    expect(organizer?.params).toContain('CN="Trellis Careers"');
    const attendees = lines.filter((line) => line.name === "ATTENDEE");
    expect(attendees.map((line) => line.value)).toEqual(["mailto:ivy@staff.example", "mailto:hal@staff.example"]);
    expect(attendees[1]?.params).toContain('CN="Hal, Manager; Jr."');
  });

  it("cancels with a higher sequence and the same UID", () => {
    const ics = buildCalendarInvitation({ ...base, method: "CANCEL", sequence: 3, location: "Room 4, Floor 2" });
    expect(valueOf(ics, "METHOD")).toEqual(["CANCEL"]);
    expect(valueOf(ics, "STATUS")).toEqual(["CANCELLED"]);
    expect(valueOf(ics, "SEQUENCE")).toEqual(["3"]);
    expect(valueOf(ics, "UID")).toEqual(["abc123@trellis.example"]);
    expect(valueOf(ics, "LOCATION")).toEqual(["Room 4\\, Floor 2"]);
  });

  it("reads the organizer from EMAIL_FROM in either form", () => {
    expect(organizerFromAddress("Trellis Careers <careers@trellis.localhost>")).toEqual({
      name: "Trellis Careers",
      email: "careers@trellis.localhost",
    });
    expect(organizerFromAddress('"Acme, Inc." <jobs@acme.example>')).toEqual({
      name: "Acme, Inc.",
      email: "jobs@acme.example",
    });
    expect(organizerFromAddress("jobs@acme.example")).toEqual({ name: null, email: "jobs@acme.example" });
  });
});
