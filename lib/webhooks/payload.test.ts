import { describe, expect, it } from "vitest";
import { applicationData, candidateErasedData, offerAcceptedData, webhookBody } from "./payload";

const application = {
  id: "app_1",
  candidateId: "cand_1",
  jobId: 7,
  status: "ACTIVE" as const,
  stage: { id: 3, name: "Onsite panel", kind: "INTERVIEW" as const },
};
const appUrl = "https://ats.example.com";

describe("webhook payloads", () => {
  it("carry only ids, stage, status, timestamps and staff links", () => {
    const body = webhookBody(
      "application.stage_changed",
      new Date("2026-12-06T10:00:00Z"),
      applicationData(appUrl, application, { previousStageId: 2 }),
    );
    expect(Object.keys(body).sort()).toEqual(["data", "timestamp", "type", "version"]);
    expect(Object.keys(body.data).sort()).toEqual([
      "applicationId",
      "candidateId",
      "jobId",
      "links",
      "previousStageId",
      "stage",
      "status",
    ]);
    expect(body.data.links).toEqual({
      application: "https://ats.example.com/hiring/applications/app_1",
      job: "https://ats.example.com/hiring/jobs/7/board",
    });
    expect(body.timestamp).toBe("2026-12-06T10:00:00.000Z");
  });

  it("give the offer link on acceptance and no links on erasure", () => {
    const accepted = offerAcceptedData(appUrl, application, "offer_1");
    expect(Object.keys(accepted.links as object).sort()).toEqual(["application", "job", "offer"]);
    expect(candidateErasedData("cand_1", ["b", "a"])).toEqual({ candidateId: "cand_1", applicationIds: ["a", "b"] });
  });
});
