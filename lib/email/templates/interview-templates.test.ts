import { describe, expect, it } from "vitest";
import { candidateEmailText } from "@/lib/email/candidate-email-text";
import { candidateInterviewEmail } from "./interview-candidate";
import { panelistInterviewEmail } from "./interview-panelist";

const interview = {
  title: "Systems <design>",
  when: "Tuesday, December 1, 2026, 9:00 AM – 10:00 AM Pacific Standard Time (America/Los Angeles)",
  duration: "1 hour",
  location: null,
  videoUrl: "https://meet.example.com/a?b=1&c=2",
};

describe("interview emails", () => {
  it("tell the candidate what, when and where, and nothing about the panel", async () => {
    const email = candidateInterviewEmail({
      change: "invitation",
      firstName: "Ada",
      organizationName: "Acme",
      jobTitle: "Engineer",
      ...interview,
      ...(await candidateEmailText("en")),
    });
    expect(email.subject).toBe("Your interview with Acme: Systems <design>");
    expect(email.text).toContain(`When: ${interview.when}`);
    expect(email.text).not.toContain("Where:");
    expect(email.text).not.toMatch(/panel/i);
    expect(email.html).toContain("Systems &lt;design&gt;");
    expect(email.html).toContain('href="https://meet.example.com/a?b=1&amp;c=2"');
  });

  it("tell a German candidate in German, details labelled in German", async () => {
    const email = candidateInterviewEmail({
      change: "cancellation",
      firstName: "Ada",
      organizationName: "Acme",
      jobTitle: "Engineer",
      ...interview,
      ...(await candidateEmailText("de")),
    });
    expect(email.subject).toBe("Abgesagt: Ihr Gespräch mit Acme: Systems <design>");
    expect(email.text).toContain(`Wann: ${interview.when}`);
    expect(email.text).toContain("Videolink: https://meet.example.com/a?b=1&c=2");
    expect(email.html).toContain("<li><strong>Dauer:</strong> 1 hour</li>");
  });

  it("give the panel the arrangement and the packet link while the interview stands, not once it is off", () => {
    const base = {
      recipientName: "Ivy",
      candidateName: "Ada Lovelace",
      jobTitle: "Engineer",
      ...interview,
      panelNames: ["Ivy", "Hal"],
      packetUrl: "https://trellis.example/hiring/interviews/i1",
      arrangement: "Questions <shared> in advance",
    };
    const invitation = panelistInterviewEmail({ ...base, change: "invitation" });
    expect(invitation.text).toContain("Arrangement for this interview:\nQuestions <shared> in advance");
    expect(invitation.html).toContain("Questions &lt;shared&gt; in advance");
    expect(invitation.text).toContain("Panel: Ivy, Hal");
    expect(invitation.text).toContain(base.packetUrl);
    for (const change of ["removed", "cancellation"] as const) {
      const email = panelistInterviewEmail({ ...base, change });
      expect(email.text).not.toContain("Arrangement");
      expect(email.text).not.toContain(base.packetUrl);
    }
  });
});
