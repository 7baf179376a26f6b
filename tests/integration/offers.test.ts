// Offers: who sees and does what (each role, scoped to their jobs), approval in order and its
// restart on a change of terms, nothing reaching the candidate before every approval and the
// export-control review, and the candidate's accept, decline and expiry.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { acceptOffer, declineOffer } from "@/lib/offers/answer-offer";
import { decideOfferApproval, submitOfferForApproval } from "@/lib/offers/decide-offer-approval";
import { getOfferView } from "@/lib/offers/get-offer-view";
import { expireOffers, remindExpiringOffers } from "@/lib/offers/offer-expiry";
import { releaseOffer, EXPORT_REVIEW_MISSING } from "@/lib/offers/release-offer";
import { reviewOfferExport } from "@/lib/offers/review-offer-export";
import { saveOfferTerms } from "@/lib/offers/save-offer-terms";
import { testDb } from "../support/db";
import { admin, offerFixture, refused, terms } from "../support/offers";

describe("who sees an offer", () => {
  it("shows terms to admins, recruiters and the job's hiring manager; coordinators its existence; others nothing", async () => {
    const fixture = await offerFixture({ exportControlled: true });
    for (const actor of [admin, fixture.recruiter, fixture.hiringManager]) {
      const view = await getOfferView({ actor, applicationId: fixture.application.id });
      expect(view.current?.baseAmount, actor.role).toBe(185000);
    }
    const coordinatorView = await getOfferView({ actor: fixture.coordinator, applicationId: fixture.application.id });
    expect(coordinatorView.offers.map((offer) => offer.status)).toEqual(["DRAFT"]);
    expect(coordinatorView.current).toBeNull();
    expect(JSON.stringify(coordinatorView)).not.toContain("185");
    await refused(getOfferView({ actor: fixture.interviewer, applicationId: fixture.application.id }), "FORBIDDEN");
    await refused(
      getOfferView({ actor: fixture.otherHiringManager, applicationId: fixture.application.id }),
      "NOT_FOUND",
    );
  });

  it("never shows the hiring manager the export-control review's outcome, only that it is done", async () => {
    const fixture = await offerFixture({ exportControlled: true });
    await reviewOfferExport({
      actor: admin,
      input: { ...(await fixture.step()), outcome: "CONDITIONAL_ON_LICENCE", note: "Answered not sure" },
    });
    const hm = await getOfferView({ actor: fixture.hiringManager, applicationId: fixture.application.id });
    expect(hm.current?.exportReview).toEqual({ done: true, details: null });
    expect(JSON.stringify(hm)).not.toMatch(/CONDITIONAL|Answered not sure|export license/);
    const recruiter = await getOfferView({ actor: fixture.recruiter, applicationId: fixture.application.id });
    expect(recruiter.current?.exportReview.details).toMatchObject({
      outcome: "CONDITIONAL_ON_LICENCE",
      note: "Answered not sure",
    });
    expect(recruiter.current?.letter.paragraphs.join(" ")).toContain("export license");
  });

  it("lets only admins review, and only the manager's roles change terms", async () => {
    const fixture = await offerFixture({ exportControlled: true });
    for (const actor of [fixture.recruiter, fixture.hiringManager, fixture.coordinator])
      await refused(
        reviewOfferExport({ actor, input: { ...(await fixture.step()), outcome: "NO_LICENCE_NEEDED", note: "" } }),
        "FORBIDDEN",
      );
    await refused(saveOfferTerms({ actor: fixture.coordinator, input: terms(fixture.application.id) }), "FORBIDDEN");
    await refused(
      saveOfferTerms({
        actor: fixture.otherHiringManager,
        input: { ...terms(fixture.application.id), offerId: fixture.offerId, expectedVersion: 0 },
      }),
      "NOT_FOUND",
    );
  });
});

describe("approval", () => {
  it("goes in the job's order, and a change of terms after an approval starts it over", async () => {
    const fixture = await offerFixture();
    await submitOfferForApproval({ actor: fixture.recruiter, input: await fixture.step() });
    // The recruiter is second: not their turn yet.
    await refused(
      decideOfferApproval({
        actor: fixture.recruiter,
        input: { ...(await fixture.step()), decision: "APPROVED", reason: "" },
      }),
      "FORBIDDEN",
    );
    await decideOfferApproval({
      actor: fixture.hiringManager,
      input: { ...(await fixture.step()), decision: "APPROVED", reason: "" },
    });
    await saveOfferTerms({
      actor: fixture.recruiter,
      input: {
        ...terms(fixture.application.id, { baseAmount: 190000 }),
        offerId: fixture.offerId,
        expectedVersion: (await fixture.step()).expectedVersion,
      },
    });
    const offer = await testDb.offer.findUniqueOrThrow({ where: { id: fixture.offerId } });
    expect(offer.status).toBe("DRAFT");
    const view = await getOfferView({ actor: fixture.recruiter, applicationId: fixture.application.id });
    expect(view.current?.steps.map((step) => step.approved)).toEqual([false, false]);
  });

  it("releases nothing before every approval, and an export-controlled job's offer not before its review", async () => {
    const fixture = await offerFixture({ exportControlled: true });
    await refused(releaseOffer({ actor: fixture.recruiter, input: await fixture.step() }), "VALIDATION");
    await fixture.approveAll();
    const error = await releaseOffer({ actor: fixture.recruiter, input: await fixture.step() }).catch(
      (caught: unknown) => caught,
    );
    expect((error as AppError).message).toBe(EXPORT_REVIEW_MISSING);
    expect(
      await testDb.emailOutbox.count({
        where: { applicationId: fixture.application.id, userId: null, template: { startsWith: "offer-" } },
      }),
    ).toBe(0);
    await reviewOfferExport({
      actor: admin,
      input: { ...(await fixture.step()), outcome: "LICENCE_OBTAINED", note: "" },
    });
    await fixture.release();
    expect((await testDb.offer.findUniqueOrThrow({ where: { id: fixture.offerId } })).status).toBe("RELEASED");
  });

  it("a send-back needs a reason and returns the offer to draft", async () => {
    const fixture = await offerFixture();
    await submitOfferForApproval({ actor: fixture.recruiter, input: await fixture.step() });
    await decideOfferApproval({
      actor: fixture.hiringManager,
      input: { ...(await fixture.step()), decision: "SENT_BACK", reason: "Equity too high" },
    });
    const offer = await testDb.offer.findUniqueOrThrow({ where: { id: fixture.offerId } });
    expect([offer.status, offer.approvalRound]).toEqual(["DRAFT", 2]);
  });
});

describe("the candidate's answer", () => {
  async function released() {
    const fixture = await offerFixture();
    await fixture.approveAll();
    return { ...fixture, token: await fixture.release() };
  }
  const wordingId = async () =>
    (await testDb.formVersion.findFirstOrThrow({ where: { kind: "OFFER_ACCEPTANCE" }, orderBy: { createdAt: "desc" } }))
      .id;

  it("accepting records the name and wording and moves the application to Hired", async () => {
    const fixture = await released();
    await acceptOffer({
      statusToken: fixture.token,
      input: { offerId: fixture.offerId, wordingVersionId: await wordingId(), fullName: "Ada Lovelace" },
    });
    const offer = await testDb.offer.findUniqueOrThrow({ where: { id: fixture.offerId } });
    expect([offer.status, offer.acceptedName, offer.acceptanceWordingVersionId]).toEqual([
      "ACCEPTED",
      "Ada Lovelace",
      await wordingId(),
    ]);
    const application = await testDb.application.findUniqueOrThrow({
      where: { id: fixture.application.id },
      include: { stage: true },
    });
    expect([application.status, application.stage.kind]).toEqual(["HIRED", "HIRED"]);
  });

  it("declining closes the application as withdrawn with the offer reason", async () => {
    const fixture = await released();
    await declineOffer({ statusToken: fixture.token, input: { offerId: fixture.offerId, reason: "Relocating" } });
    const application = await testDb.application.findUniqueOrThrow({
      where: { id: fixture.application.id },
      include: { rejectionReason: true },
    });
    expect([application.status, application.rejectionReason?.label]).toEqual(["WITHDRAWN", "Declined our offer"]);
    expect((await testDb.offer.findUniqueOrThrow({ where: { id: fixture.offerId } })).declineReason).toBe("Relocating");
  });

  it("another application's link cannot answer the offer", async () => {
    const fixture = await released();
    const other = await released();
    await refused(
      declineOffer({ statusToken: other.token, input: { offerId: fixture.offerId, reason: "" } }),
      "VALIDATION",
    );
  });

  it("reminds once before the expiry and expires after it", async () => {
    const fixture = await released();
    const expiresOn = new Date("2099-02-15T00:00:00Z");
    const dayBefore = new Date(expiresOn.getTime() + 12 * 60 * 60 * 1000);
    expect((await remindExpiringOffers(dayBefore)).length).toBeGreaterThanOrEqual(1);
    await remindExpiringOffers(dayBefore);
    expect(
      await testDb.emailOutbox.count({ where: { applicationId: fixture.application.id, template: "offer-expiring" } }),
    ).toBe(1);
    await expireOffers(new Date(expiresOn.getTime() + 25 * 60 * 60 * 1000));
    expect((await testDb.offer.findUniqueOrThrow({ where: { id: fixture.offerId } })).status).toBe("EXPIRED");
    await refused(
      acceptOffer({
        statusToken: fixture.token,
        input: { offerId: fixture.offerId, wordingVersionId: await wordingId(), fullName: "X" },
      }),
      "VALIDATION",
    );
  });
});
