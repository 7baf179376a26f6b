import { describe, expect, it } from "vitest";
import { interviewFormSchema, type InterviewFormValues } from "./schema";

const valid: InterviewFormValues = {
  planItemId: "",
  title: "Systems design",
  date: "2026-12-01",
  time: "09:30",
  timeZone: "America/Los_Angeles",
  durationMinutes: "60",
  location: "",
  videoUrl: "https://meet.example.com/abc",
  panelUserIds: ["u1", "u2"],
};

function errorsOf(values: Partial<InterviewFormValues>) {
  const result = interviewFormSchema.safeParse({ ...valid, ...values });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("interview form schema", () => {
  it("parses a complete form", () => {
    const parsed = interviewFormSchema.parse({ ...valid, planItemId: "12", title: " ", location: " Room 4 " });
    expect(parsed).toMatchObject({
      planItemId: 12,
      title: null,
      durationMinutes: 60,
      location: "Room 4",
      videoUrl: "https://meet.example.com/abc",
    });
  });

  it("names the field of each problem", () => {
    expect(errorsOf({ timeZone: "Mars/Olympus_Mons" })).toHaveProperty("timeZone");
    expect(errorsOf({ timeZone: "+05:00" })).toHaveProperty("timeZone");
    expect(errorsOf({ durationMinutes: "10" })).toHaveProperty("durationMinutes");
    expect(errorsOf({ durationMinutes: "481" })).toHaveProperty("durationMinutes");
    expect(errorsOf({ durationMinutes: "1.5" })).toHaveProperty("durationMinutes");
    expect(errorsOf({ videoUrl: "http://meet.example.com/x" })).toHaveProperty("videoUrl");
    expect(errorsOf({ videoUrl: "javascript:alert(1)" })).toHaveProperty("videoUrl");
    expect(errorsOf({ panelUserIds: [] })).toHaveProperty("panelUserIds");
    expect(errorsOf({ panelUserIds: Array.from({ length: 9 }, (_, i) => `u${i}`) })).toHaveProperty("panelUserIds");
    expect(errorsOf({ panelUserIds: ["u1", "u1"] })).toHaveProperty("panelUserIds");
    expect(errorsOf({ date: "2026-02-30" })).toHaveProperty("date");
    expect(errorsOf({ time: "9:30" })).toHaveProperty("time");
  });

  it("needs a title or a plan item, and a location or a video link", () => {
    expect(errorsOf({ title: "" })).toHaveProperty("title");
    expect(errorsOf({ title: "", planItemId: "3" })).toEqual({});
    expect(errorsOf({ videoUrl: "", location: "" })).toHaveProperty("location");
    expect(errorsOf({ videoUrl: "", location: "Room 4" })).toEqual({});
  });

  it("refuses a local time that daylight saving time skips", () => {
    expect(errorsOf({ date: "2026-03-08", time: "02:30", timeZone: "America/New_York" })).toHaveProperty("time");
  });
});
