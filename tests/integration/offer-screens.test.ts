// What the offer screens read: the candidate's status page sees an offer only once released and
// only through its own link, and an expired one without a way to answer; the timeline shows offer steps without terms or the review outcome,
// and nothing to interviewers; the job settings form drops the approver places left empty.
import { describe, expect, it } from "vitest";
import { getApplicationTimeline } from "@/lib/candidates/get-application-timeline";
import { getCandidateOffer, getCandidateOfferLetter } from "@/lib/offers/get-candidate-offer";
import { getOfferView } from "@/lib/offers/get-offer-view";
import { expireOffers } from "@/lib/offers/offer-expiry";
import { reviewOfferExport } from "@/lib/offers/review-offer-export";
import { listOfferEvents } from "@/lib/offers/list-offer-events";
import { jobOfferSettingsFormSchema } from "@/lib/offers/schema";
import { issueStatusLink } from "@/lib/candidate-rights/status-link";
import { createApplication } from "../factories";
import { testDb } from "../support/db";
import { admin, offerFixture } from "../support/offers";

describe("the candidate's offer", () => {
  it("shows nothing before release, then the letter and wording to its own link only", async () => {
    const fixture = await offerFixture();
    const before = await testDb.$transaction((tx) => issueStatusLink(tx, fixture.application.id));
    await fixture.approveAll();
    expect(await getCandidateOffer(before)).toBeNull();
    const token = await fixture.release();
    expect(await getCandidateOffer(before)).toBeNull();
    const offer = await getCandidateOffer(token);
    expect(offer).toMatchObject({ id: fixture.offerId, status: "RELEASED", wording: { version: "1" } });
    expect(offer?.letter.paragraphs.join(" ")).toContain("USD 185,000");
    expect((await getCandidateOfferLetter(token))?.paragraphs).toEqual(offer?.letter.paragraphs);

    const other = await createApplication(testDb, { jobId: fixture.job.id });
    const otherToken = await testDb.$transaction((tx) => issueStatusLink(tx, other.id));
    expect(await getCandidateOffer(otherToken)).toBeNull();
    expect(await getCandidateOfferLetter(otherToken)).toBeNull();
    expect(await getCandidateOfferLetter("not-a-token")).toBeNull();
  });
});

describe("an expired offer", () => {
  it("offers no answer once past its day, and the expiry job closes it, emails the candidate and logs it", async () => {
    const fixture = await offerFixture();
    await fixture.approveAll();
    const token = await fixture.release();
    const afterExpiry = new Date(Date.UTC(2099, 1, 16, 1));
    // Past its day but before the hourly job ran: the page already shows no way to accept.
    expect(await getCandidateOffer(token, { now: afterExpiry })).toMatchObject({ status: "EXPIRED", wording: null });
    await expireOffers(afterExpiry);
    expect(await getCandidateOffer(token)).toMatchObject({ status: "EXPIRED", wording: null });
    const mails = await testDb.emailOutbox.findMany({
      where: { applicationId: fixture.application.id, template: "offer-expired" },
      orderBy: { createdAt: "asc" },
      select: { subject: true },
    });
    expect(mails.map((mail) => mail.subject)).toEqual([expect.stringContaining("Your offer has expired")]);
    const view = await getOfferView({ actor: fixture.recruiter, applicationId: fixture.application.id });
    expect(view.current?.status).toBe("EXPIRED");
    const events = await listOfferEvents(fixture.coordinator, fixture.application.id, 100);
    expect(events[0]?.event).toBe("offer.expired");
  });
});

describe("offer steps on the timeline", () => {
  it("names each step, never the terms or the review outcome, and shows interviewers none", async () => {
    const fixture = await offerFixture({ exportControlled: true });
    await fixture.approveAll();
    await reviewOfferExport({
      actor: admin,
      input: { ...(await fixture.step()), outcome: "CONDITIONAL_ON_LICENCE", note: "Needs a licence" },
    });
    const applicationId = fixture.application.id;
    const events = async (actor: typeof admin) =>
      (await getApplicationTimeline({ actor, applicationId }))
        .flatMap((entry) => (entry.kind === "offer" ? [entry.event] : []))
        .reverse();
    const steps = ["offer.drafted", "offer.submitted", "offer.approved", "offer.approved", "offer.exportReviewed"];
    expect(await events(fixture.coordinator)).toEqual(steps);
    expect(await events(fixture.hiringManager)).toEqual(steps);
    const hmTimeline = JSON.stringify(await getApplicationTimeline({ actor: fixture.hiringManager, applicationId }));
    expect(hmTimeline).not.toMatch(/CONDITIONAL|Needs a licence|185/);
    // An interviewer on the panel reads the application's timeline, but may not know an offer exists.
    expect(await listOfferEvents(fixture.interviewer, applicationId, 100)).toEqual([]);
    expect(await listOfferEvents(fixture.coordinator, applicationId, 100)).toHaveLength(steps.length);
  });
});

describe("job offer settings form", () => {
  it("drops empty approver places and refuses none or a repeat", () => {
    const base = { jobId: 1, exportControlled: true };
    expect(jobOfferSettingsFormSchema.parse({ ...base, approverIds: ["a", "", "b", ""] }).approverIds).toEqual([
      "a",
      "b",
    ]);
    expect(jobOfferSettingsFormSchema.safeParse({ ...base, approverIds: ["", ""] }).success).toBe(false);
    expect(jobOfferSettingsFormSchema.safeParse({ ...base, approverIds: ["a", "a"] }).success).toBe(false);
  });
});
