import { describe, expect, it } from "vitest";
import { scorecardReminderEmail } from "./scorecard-reminder";

describe("scorecardReminderEmail", () => {
  it("names the interview and links to it in both parts, escaping what people typed", () => {
    const email = scorecardReminderEmail({
      recipientName: "Ivy <i>",
      candidateName: "Ada & Co",
      jobTitle: "Senior Systems Engineer",
      interviewTitle: "Systems design",
      when: "Tuesday, December 1, 2026, 9:00 AM – 10:00 AM Pacific Standard Time (America/Los Angeles)",
      scorecardUrl: "https://trellis.example/hiring/interviews/abc?x=1&y=2",
    });
    expect(email.subject).toBe("Scorecard overdue: Systems design with Ada & Co");
    expect(email.text).toContain("https://trellis.example/hiring/interviews/abc?x=1&y=2");
    expect(email.text).toContain("Tuesday, December 1, 2026");
    expect(email.html).toContain('href="https://trellis.example/hiring/interviews/abc?x=1&amp;y=2"');
    expect(email.html).toContain("Ivy &lt;i&gt;");
    expect(email.html).toContain("Ada &amp; Co");
  });
});
