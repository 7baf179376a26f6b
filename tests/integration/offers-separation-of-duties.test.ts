// Offers and separation of duties: whoever last set the terms cannot be the only approval behind
// their release, and nobody swaps a job's approvers under an offer waiting for them.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { decideOfferApproval, submitOfferForApproval } from "@/lib/offers/decide-offer-approval";
import { getOfferView } from "@/lib/offers/get-offer-view";
import { saveJobOfferSettings } from "@/lib/offers/job-offer-settings";
import { releaseOffer, SELF_APPROVAL_ONLY } from "@/lib/offers/release-offer";
import { saveOfferTerms } from "@/lib/offers/save-offer-terms";
import { testDb } from "../support/db";
import { admin, offerFixture, refused, terms } from "../support/offers";

type Fixture = Awaited<ReturnType<typeof offerFixture>>;

const approvers = (fixture: Fixture, actor: Actor, approverIds: string[]) =>
  saveJobOfferSettings({ actor, input: { jobId: fixture.job.id, exportControlled: false, approverIds } });

const approve = async (fixture: Fixture, actor: Actor) =>
  decideOfferApproval({ actor, input: { ...(await fixture.step()), decision: "APPROVED", reason: "" } });

const releaseError = async (fixture: Fixture, actor: Actor) =>
  releaseOffer({ actor, input: await fixture.step() }).then(
    () => null,
    (caught: unknown) => caught,
  );

const releasedEmails = (fixture: Fixture) =>
  testDb.emailOutbox.count({ where: { applicationId: fixture.application.id, template: "offer-released" } });

const staffEmails = (fixture: Fixture, actor: Actor) =>
  testDb.emailOutbox.count({
    where: { applicationId: fixture.application.id, userId: actor.userId, template: "offer-staff" },
  });

const offerRow = (fixture: Fixture) =>
  testDb.offer.findUniqueOrThrow({
    where: { id: fixture.offerId },
    select: { status: true, approvalRound: true, termsSetById: true },
  });

describe("separation of duties", () => {
  it("refuses to release terms approved only by the recruiter who drafted them and named themselves approver", async () => {
    const fixture = await offerFixture();
    await approvers(fixture, fixture.recruiter, [fixture.recruiter.userId]);
    await submitOfferForApproval({ actor: fixture.recruiter, input: await fixture.step() });
    await approve(fixture, fixture.recruiter);
    expect((await offerRow(fixture)).status).toBe("APPROVED");
    const error = await releaseError(fixture, fixture.recruiter);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe(SELF_APPROVAL_ONLY);
    expect((await offerRow(fixture)).status).toBe("APPROVED");
    expect(await releasedEmails(fixture)).toBe(0);

    // A second approver restarts approval; with their approval the offer may go out.
    await approvers(fixture, fixture.recruiter, [fixture.recruiter.userId, fixture.hiringManager.userId]);
    await approve(fixture, fixture.recruiter);
    await approve(fixture, fixture.hiringManager);
    await fixture.release();
    expect((await offerRow(fixture)).status).toBe("RELEASED");
  });

  it("counts whoever last changed the terms, not who drafted the offer", async () => {
    const fixture = await offerFixture();
    await approvers(fixture, admin, [admin.userId]);
    await saveOfferTerms({
      actor: admin,
      input: { ...terms(fixture.application.id, { baseAmount: 200000 }), ...(await fixture.step()) },
    });
    expect((await offerRow(fixture)).termsSetById).toBe(admin.userId);
    await submitOfferForApproval({ actor: admin, input: await fixture.step() });
    await approve(fixture, admin);
    expect(((await releaseError(fixture, admin)) as AppError).message).toBe(SELF_APPROVAL_ONLY);

    // The drafter's own approval is enough once someone else set the terms they approve.
    const other = await offerFixture();
    await approvers(other, admin, [other.recruiter.userId]);
    await saveOfferTerms({
      actor: admin,
      input: { ...terms(other.application.id, { baseAmount: 200000 }), ...(await other.step()) },
    });
    await submitOfferForApproval({ actor: other.recruiter, input: await other.step() });
    await approve(other, other.recruiter);
    await other.release();
    expect((await offerRow(other)).status).toBe("RELEASED");
  });
});

describe("changing a job's approvers under its offers", () => {
  it("restarts the approval of an offer waiting for it under the new chain, audited, the new first approver told", async () => {
    const fixture = await offerFixture();
    await submitOfferForApproval({ actor: fixture.recruiter, input: await fixture.step() });
    await approve(fixture, fixture.hiringManager);
    const stale = await fixture.step();
    const emailsBefore = await staffEmails(fixture, fixture.recruiter);
    // The hiring manager's approval stood at the first place: it must not count for the recruiter now there.
    await approvers(fixture, fixture.recruiter, [fixture.recruiter.userId]);
    expect(await offerRow(fixture)).toMatchObject({ status: "PENDING_APPROVAL", approvalRound: 2 });
    const view = await getOfferView({ actor: fixture.recruiter, applicationId: fixture.application.id });
    expect(view.current?.steps.map((step) => [step.userId, step.approved])).toEqual([
      [fixture.recruiter.userId, false],
    ]);
    const audit = await testDb.auditEvent.findFirstOrThrow({
      where: { action: "offer.approvalRestarted", subjectId: fixture.application.id },
      select: { actorId: true, metadata: true },
    });
    expect(audit).toEqual({
      actorId: fixture.recruiter.userId,
      metadata: {
        offerId: fixture.offerId,
        previousStatus: "PENDING_APPROVAL",
        approvalRound: 2,
        reason: "approversChanged",
      },
    });
    expect(await staffEmails(fixture, fixture.recruiter)).toBe(emailsBefore + 1);
    // A decision made on the page as it was before the change writes nothing.
    await refused(
      decideOfferApproval({ actor: fixture.recruiter, input: { ...stale, decision: "APPROVED", reason: "" } }),
      "CONFLICT",
    );
  });

  it("restarts an approved offer too, and leaves offers alone when the chain stays the same", async () => {
    const fixture = await offerFixture();
    await fixture.approveAll();
    const same = [fixture.hiringManager.userId, fixture.recruiter.userId];
    await saveJobOfferSettings({
      actor: admin,
      input: { jobId: fixture.job.id, exportControlled: true, approverIds: same },
    });
    expect(await offerRow(fixture)).toMatchObject({ status: "APPROVED", approvalRound: 1 });

    await saveJobOfferSettings({
      actor: admin,
      input: { jobId: fixture.job.id, exportControlled: true, approverIds: [fixture.recruiter.userId] },
    });
    expect(await offerRow(fixture)).toMatchObject({ status: "PENDING_APPROVAL", approvalRound: 2 });
    await refused(releaseOffer({ actor: fixture.recruiter, input: await fixture.step() }), "VALIDATION");
    expect(await releasedEmails(fixture)).toBe(0);
  });
});
