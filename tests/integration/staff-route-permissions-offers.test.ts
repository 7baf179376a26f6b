// The offer screens, routes and actions for every kind of staff member a forged request could
// come from (docs/security.md, "Offers"): the HTML and everything the page hands its client
// components (the RSC payload's data) carry offer terms only to admins, recruiters and the job's
// hiring managers, the export-control review's outcome and note only to admins and recruiters,
// and the candidate's export-control answer to no reader of this page; a refused action writes nothing.
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { issueStatusLink } from "@/lib/candidate-rights/status-link";
import { getApplicationTimeline } from "@/lib/candidates/get-application-timeline";
import { decideOfferApproval, submitOfferForApproval } from "@/lib/offers/decide-offer-approval";
import { saveJobOfferSettings } from "@/lib/offers/job-offer-settings";
import { releaseOffer } from "@/lib/offers/release-offer";
import { reviewOfferExport } from "@/lib/offers/review-offer-export";
import { saveOfferTerms } from "@/lib/offers/save-offer-terms";
import { createApplication, createInterview } from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { createProfileFixture } from "../support/candidate-profile";
import { createPersonas, PERSONAS, type Persona } from "../support/staff-personas";
import { testDb } from "../support/db";
import { nextRequest } from "../support/next-request";
import { terms } from "../support/offers";
import { renderedPage, visitPage } from "../support/staff-page-visit";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;

const offerPage = await import("@/app/(hiring)/hiring/applications/[applicationId]/offer/page");
const letterRoute = await import("@/app/(hiring)/hiring/applications/[applicationId]/offer/letter/[offerId]/route");
const settingsPage = await import("@/app/(hiring)/hiring/jobs/[jobId]/offer-settings/page");
const lettersPage = await import("@/app/(hiring)/hiring/offer-letters/page");
const newLetterPage = await import("@/app/(hiring)/hiring/offer-letters/new/page");
const letterPage = await import("@/app/(hiring)/hiring/offer-letters/[templateId]/page");
const offerActions = await import("@/app/(hiring)/hiring/applications/[applicationId]/offer/actions");
const settingsActions = await import("@/app/(hiring)/hiring/jobs/[jobId]/offer-settings/actions");
const letterActions = await import("@/app/(hiring)/hiring/offer-letters/actions");
const candidateOfferActions = await import("@/app/(careers)/applications/status/[token]/offer-actions");

// Distinctive terms and review note: found only where they may be.
const BASE_PAY = "187,345";
const EQUITY = "4,321 Quokka units";
const REVIEW_NOTE = "Zeppelin licence file 7731";
const READS_TERMS: Persona[] = ["admin", "recruiter", "teamManager"];
const KNOWS_OFFERS: Persona[] = [...READS_TERMS, "coordinator"];
const READS_REVIEW: Persona[] = ["admin", "recruiter"];
const MANAGES_JOBS: Persona[] = ["admin", "recruiter"];

let actors: Record<Persona, Actor>;
let signInAs: (persona: Persona) => void;
let fixture: Awaited<ReturnType<typeof createProfileFixture>>;
let offerId: string;
let pendingOtherOfferId: string;
let candidateToken: string;
let letterTemplateId: string;

const step = async (id: string) => ({
  offerId: id,
  expectedVersion: (await testDb.offer.findUniqueOrThrow({ where: { id } })).version,
});

beforeAll(async () => {
  fixture = await createProfileFixture({ stageName: "Offer" });
  await createInterview(testDb, {
    applicationId: fixture.application.id,
    scheduledById: fixture.coordinator.userId,
    panelUserIds: [fixture.interviewer.userId],
  });
  ({ actors, signInAs } = await createPersonas(fixture));

  const { admin, recruiter, hiringManager, otherHiringManager } = fixture;
  await saveJobOfferSettings({
    actor: admin,
    input: { jobId: fixture.job.id, exportControlled: true, approverIds: [hiringManager.userId, recruiter.userId] },
  });
  const draft = terms(fixture.application.id, { baseAmount: 187345, equity: EQUITY });
  letterTemplateId = draft.letterTemplateId;
  offerId = (await saveOfferTerms({ actor: recruiter, input: draft })).offerId;
  await submitOfferForApproval({ actor: recruiter, input: await step(offerId) });
  for (const approver of [hiringManager, recruiter])
    await decideOfferApproval({
      actor: approver,
      input: { ...(await step(offerId)), decision: "APPROVED", reason: "" },
    });
  await reviewOfferExport({
    actor: admin,
    input: { ...(await step(offerId)), outcome: "CONDITIONAL_ON_LICENCE", note: REVIEW_NOTE },
  });
  await releaseOffer({ actor: recruiter, input: await step(offerId) });
  candidateToken = await testDb.$transaction((tx) => issueStatusLink(tx, fixture.application.id));

  // Another job's offer, waiting for its own hiring manager's approval.
  await saveJobOfferSettings({
    actor: admin,
    input: { jobId: fixture.otherJob.id, exportControlled: false, approverIds: [otherHiringManager.userId] },
  });
  const otherApplication = await createApplication(testDb, { jobId: fixture.otherJob.id, stageName: "Offer" });
  pendingOtherOfferId = (await saveOfferTerms({ actor: recruiter, input: terms(otherApplication.id) })).offerId;
  await submitOfferForApproval({ actor: recruiter, input: await step(pendingOtherOfferId) });
});

beforeEach(() => {
  nextRequest.cookie = "";
});

/** The page's HTML and all the data its tree hands to components, or its notFound/redirect. */
async function render(page: Parameters<typeof visitPage>[0], params: Record<string, string>) {
  const outcome = await visitPage(page, {}, params);
  return { kind: outcome.kind, ...(await renderedPage(outcome)) };
}

describe("the offer page", () => {
  it.each(PERSONAS)(
    "shows %s what the matrix allows, in the HTML and the data sent to the browser",
    async (persona) => {
      signInAs(persona);
      const page = await render(offerPage, { applicationId: fixture.application.id });
      expect(page.kind).toBe(KNOWS_OFFERS.includes(persona) ? "rendered" : "notFound");
      if (page.kind !== "rendered") return;
      for (const [where, body] of [
        ["html", page.html],
        ["payload", page.payload],
      ] as const) {
        const label = `${persona} ${where}`;
        const readsTerms = READS_TERMS.includes(persona);
        expect(body.includes(BASE_PAY), `${label} base pay`).toBe(readsTerms);
        expect(body.includes(EQUITY), `${label} equity`).toBe(readsTerms);
        expect(body.includes(REVIEW_NOTE), `${label} review note`).toBe(READS_REVIEW.includes(persona));
        if (!READS_REVIEW.includes(persona)) expect(body, `${label} outcome`).not.toMatch(/CONDITIONAL|licen[cs]e is/i);
        expect(body, `${label} export-control answer`).not.toMatch(/canReceiveWithoutLicense|usPerson/);
      }
    },
  );

  it("serves the letter PDF to terms readers only, and never another application's offer", async () => {
    const get = (applicationId: string, id: string) =>
      letterRoute.GET(new NextRequest(`http://localhost/hiring/applications/${applicationId}/offer/letter/${id}`), {
        params: Promise.resolve({ applicationId, offerId: id }),
      });
    expect((await get(fixture.application.id, offerId)).status).toBe(401);
    for (const persona of PERSONAS) {
      signInAs(persona);
      const response = await get(fixture.application.id, offerId);
      expect(response.status, persona).toBe(READS_TERMS.includes(persona) ? 200 : 404);
      expect((await get(fixture.application.id, pendingOtherOfferId)).status, `${persona} crafted`).toBe(404);
      expect((await get("x\u0000", `${offerId}%00`)).status, `${persona} NUL`).toBe(404);
    }
  });

  it("puts no terms or review in the application's emails or on the timeline of those who may not read them", async () => {
    const mails = await testDb.emailOutbox.findMany({
      where: { applicationId: fixture.application.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { subject: true, textBody: true, htmlBody: true },
    });
    expect(mails.length).toBeGreaterThan(0);
    for (const mail of mails) expect(JSON.stringify(mail)).not.toMatch(/187,?345|Quokka|Zeppelin|CONDITIONAL/);
    for (const persona of ["coordinator", "teamManager"] as const) {
      const timeline = await getApplicationTimeline({ actor: actors[persona], applicationId: fixture.application.id });
      expect(JSON.stringify(timeline), persona).not.toMatch(/187,?345|Quokka|Zeppelin|CONDITIONAL/);
    }
  });
});

describe("offer settings and letters", () => {
  it.each(PERSONAS)("are pages for admins and recruiters only (%s)", async (persona) => {
    signInAs(persona);
    const expected = MANAGES_JOBS.includes(persona) ? "rendered" : "notFound";
    expect((await visitPage(settingsPage, {}, { jobId: String(fixture.job.id) })).kind).toBe(expected);
    expect((await visitPage(lettersPage)).kind).toBe(expected);
    expect((await visitPage(newLetterPage)).kind).toBe(expected);
    expect((await visitPage(letterPage, {}, { templateId: letterTemplateId })).kind).toBe(expected);
  });
});

const offerRows = async () => ({
  offers: await testDb.offer.findMany({
    select: { id: true, status: true, version: true, approvalRound: true, baseAmount: true },
    orderBy: { id: "asc" },
  }),
  approvals: await testDb.offerApproval.count(),
  reviews: await testDb.offerExportReview.findMany({
    select: { offerId: true, outcome: true },
    orderBy: { offerId: "asc" },
  }),
  settings: await testDb.job.findMany({
    where: { id: { in: [fixture.job.id, fixture.otherJob.id] } },
    select: {
      id: true,
      exportControlled: true,
      offerApprovers: { select: { userId: true }, orderBy: { position: "asc" } },
    },
    orderBy: { id: "asc" },
  }),
  letters: await testDb.offerLetterTemplateVersion.count(),
  outbox: await testDb.emailOutbox.count(),
});

async function expectNothingWritten(label: string, calls: Record<string, () => Promise<unknown>>) {
  const before = await offerRows();
  for (const [name, call] of Object.entries(calls))
    expect(await call(), `${label}: ${name}`).toMatchObject({ ok: false });
  expect(await offerRows(), label).toEqual(before);
}

describe("forged offer actions", () => {
  it.each(PERSONAS)(
    "refuse %s every step the matrix does not give it, and every other job's offer",
    async (persona) => {
      signInAs(persona);
      const fresh = await createApplication(testDb, { jobId: fixture.job.id, stageName: "Offer" });
      const draft = { ...terms(fresh.id), baseAmount: "190000" };
      const calls: Record<string, () => Promise<unknown>> = {};
      if (!READS_TERMS.includes(persona)) calls.draft = () => offerActions.saveOfferTermsAction(draft);
      // The other job's offer waits for its own hiring manager: nobody else may approve or send it back.
      if (persona !== "otherManager") {
        calls.approveOther = async () =>
          offerActions.decideOfferApprovalAction({
            ...(await step(pendingOtherOfferId)),
            decision: "APPROVED",
            reason: "",
          });
        calls.sendBackOther = async () =>
          offerActions.decideOfferApprovalAction({
            ...(await step(pendingOtherOfferId)),
            decision: "SENT_BACK",
            reason: "x",
          });
      }
      if (!MANAGES_JOBS.includes(persona) && persona !== "otherManager")
        calls.withdrawOther = async () => offerActions.withdrawOfferAction(await step(pendingOtherOfferId));
      if (persona !== "admin")
        calls.review = async () =>
          offerActions.reviewOfferExportAction({ ...(await step(offerId)), outcome: "NO_LICENCE_NEEDED", note: "" });
      if (!READS_TERMS.includes(persona)) {
        calls.withdraw = async () => offerActions.withdrawOfferAction(await step(offerId));
        calls.changeReleased = async () =>
          offerActions.saveOfferTermsAction({ ...terms(fixture.application.id), ...(await step(offerId)) });
      }
      if (!MANAGES_JOBS.includes(persona)) {
        calls.settings = () =>
          settingsActions.saveJobOfferSettingsAction({
            jobId: fixture.job.id,
            exportControlled: true,
            approverIds: [actors[persona].userId],
          });
        calls.letter = () => letterActions.saveOfferLetterAction({ name: "Forged", body: "Forged {{offer.basePay}}" });
      }
      await expectNothingWritten(persona, calls);
    },
  );

  it("refuse a recruiter who unmarks an export-controlled job, so its offers cannot skip the admins' review", async () => {
    signInAs("recruiter");
    await expectNothingWritten("recruiter unmarks", {
      unmark: () =>
        settingsActions.saveJobOfferSettingsAction({
          jobId: fixture.job.id,
          exportControlled: false,
          approverIds: [fixture.hiringManager.userId, fixture.recruiter.userId],
        }),
    });
    // The same form, keeping the mark, is the recruiter's to save; an admin may unmark.
    const approverIds = [fixture.hiringManager.userId, fixture.recruiter.userId];
    expect(
      await settingsActions.saveJobOfferSettingsAction({ jobId: fixture.job.id, exportControlled: true, approverIds }),
    ).toMatchObject({ ok: true });
    signInAs("admin");
    const other = { jobId: fixture.otherJob.id, approverIds: [fixture.otherHiringManager.userId] };
    expect(await settingsActions.saveJobOfferSettingsAction({ ...other, exportControlled: true })).toMatchObject({
      ok: true,
    });
    expect(await settingsActions.saveJobOfferSettingsAction({ ...other, exportControlled: false })).toMatchObject({
      ok: true,
    });
  });

  it("let the roles the matrix allows act (so the refusals above are about permission)", async () => {
    signInAs("teamManager");
    const fresh = await createApplication(testDb, { jobId: fixture.job.id, stageName: "Offer" });
    const saved = await offerActions.saveOfferTermsAction({ ...terms(fresh.id), baseAmount: "190000" });
    expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
    signInAs("otherManager");
    const approved = await offerActions.decideOfferApprovalAction({
      ...(await step(pendingOtherOfferId)),
      decision: "APPROVED",
      reason: "",
    });
    expect(approved, JSON.stringify(approved)).toMatchObject({ ok: true });
  });

  it("refuse another application's status link to answer the offer", async () => {
    const other = await createApplication(testDb, { jobId: fixture.job.id });
    const otherToken = await testDb.$transaction((tx) => issueStatusLink(tx, other.id));
    const form = new FormData();
    form.set("fullName", "Someone Else");
    await expectNothingWritten("other link", {
      accept: () => candidateOfferActions.acceptOfferAction(otherToken, null as never, form),
      decline: () => candidateOfferActions.declineOfferAction(otherToken, null as never, new FormData()),
      forged: () => candidateOfferActions.acceptOfferAction(`${candidateToken}\u0000`, null as never, form),
    });
  });
});
