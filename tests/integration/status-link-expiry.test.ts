// Issue 12, finding 3: a status link does not work for ever. It works while the application is
// open and for 90 days after it closes (rejected, withdrawn or hired), and not after the person is
// erased. An expired or replaced link's page lets the candidate ask for a fresh link by email, and
// a fresh link works for 90 days from when it was sent, however long ago the application closed.
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { readMessages } from "@/i18n/read-messages";
import { getApplicationStatusByToken } from "@/lib/candidate-rights/get-application-status";
import { exportCandidateData } from "@/lib/candidate-rights/export-candidate-data";
import { requestErasure } from "@/lib/candidate-rights/request-erasure";
import { resendStatusLinks } from "@/lib/candidate-rights/resend-status-links";
import { withdrawApplication } from "@/lib/candidate-rights/withdraw-application";
import { eraseCandidate } from "@/lib/privacy/erase-candidate";
import { createJob, ensureLegalForms, SAMPLE_QUESTIONS } from "../factories";
import { testDb } from "../support/db";
import { applyAs, tokenDelivered } from "../support/status-link";

const DAY = 24 * 60 * 60 * 1000;
let jobId: number;

beforeAll(async () => {
  await ensureLegalForms(testDb);
  jobId = (await createJob(testDb, { questions: [...SAMPLE_QUESTIONS] })).id;
});

async function applyWithLink() {
  const applicant = await applyAs(jobId);
  return { ...applicant, token: await tokenDelivered(applicant.confirmationEmailId) };
}

/** Closes the application now, as the pipeline would (a hire is a move to a hired stage). */
async function close(applicationId: string, status: Exclude<ApplicationStatus, "ACTIVE">) {
  const now = new Date();
  const application = await testDb.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { stageId: true, jobId: true },
  });
  const hiredStage = await testDb.stage.findFirstOrThrow({
    where: { jobId: application.jobId, kind: "HIRED" },
    select: { id: true },
  });
  const stageId = status === "HIRED" ? hiredStage.id : application.stageId;
  await testDb.application.update({
    where: { id: applicationId },
    data: { status, stageId, closedAt: status === "HIRED" ? null : now, lastActivityAt: now },
  });
  await testDb.stageTransition.create({
    data: {
      applicationId,
      fromStageId: application.stageId,
      toStageId: stageId,
      fromStatus: "ACTIVE",
      toStatus: status,
      createdAt: now,
    },
  });
}

/** Moves the app's clock `days` days ahead (only Date: the database and its timers run as usual). */
function travel(days: number) {
  vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + days * DAY });
}

afterEach(() => {
  vi.useRealTimers();
});

describe("a status link's life", () => {
  it.each(["REJECTED", "WITHDRAWN", "HIRED"] as const)(
    "works for 90 days after the application is %s, then stops for every action",
    async (status) => {
      const applicant = await applyWithLink();
      await close(applicant.applicationId, status);
      travel(89);
      expect((await getApplicationStatusByToken(applicant.token))?.reference).toBe(applicant.reference);
      vi.useRealTimers();

      travel(91);
      expect(await getApplicationStatusByToken(applicant.token)).toBeNull();
      await expect(exportCandidateData({ statusToken: applicant.token })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(requestErasure({ statusToken: applicant.token })).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await testDb.erasureRequest.count({ where: { applicationId: applicant.applicationId } })).toBe(0);
    },
  );

  it("never expires while the application is open", async () => {
    const applicant = await applyWithLink();
    travel(400);
    expect((await getApplicationStatusByToken(applicant.token))?.reference).toBe(applicant.reference);
  });

  it("says on the status page until when the link of a closed application works", async () => {
    const applicant = await applyWithLink();
    await withdrawApplication({ statusToken: applicant.token, input: { confirm: "yes" } });
    const view = await getApplicationStatusByToken(applicant.token);
    const closedAt = (await testDb.application.findUniqueOrThrow({ where: { id: applicant.applicationId } })).closedAt!;
    expect(view?.linkExpiresAt?.getTime()).toBe(closedAt.getTime() + 90 * DAY);
  });

  it("can always be replaced by a fresh link by email, which works for 90 days from when it is sent", async () => {
    const applicant = await applyWithLink();
    await close(applicant.applicationId, "REJECTED");
    travel(400);
    expect(await getApplicationStatusByToken(applicant.token)).toBeNull();
    const { emailIds } = await resendStatusLinks({ input: { email: applicant.email } });
    expect(emailIds).toHaveLength(1);
    const fresh = await tokenDelivered(emailIds[0]!);
    const view = await getApplicationStatusByToken(fresh);
    expect(view?.reference).toBe(applicant.reference);
    expect(view?.linkExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 89 * DAY);
    vi.useRealTimers();
    travel(400 + 91);
    expect(await getApplicationStatusByToken(fresh)).toBeNull();
  });

  it("stops working when the person is erased", async () => {
    const applicant = await applyWithLink();
    const requested = await requestErasure({ statusToken: applicant.token });
    expect((await getApplicationStatusByToken(applicant.token))?.erasure?.status).toBe("PENDING");
    const request = await testDb.erasureRequest.findUniqueOrThrow({ where: { id: requested.erasureRequestId } });
    await eraseCandidate({ candidateId: request.candidateId, source: "CANDIDATE", erasureRequestId: request.id });
    expect(await getApplicationStatusByToken(applicant.token)).toBeNull();
    await expect(resendStatusLinks({ input: { email: applicant.email } })).resolves.toEqual({ emailIds: [] });
  });
});

describe("the page of a link that does not work", () => {
  it("offers a fresh link by email, without saying whether anyone applied", async () => {
    const page = await import("@/app/(careers)/applications/status/[token]/not-found");
    // The frame is an async server component: render what it frames, with the forms' words.
    const frame = (await page.default()) as ReactElement<{ children: ReactNode }>;
    const messages = await readMessages("en");
    const html = renderToStaticMarkup(
      createElement(
        NextIntlClientProvider,
        { locale: "en", messages } as ComponentProps<typeof NextIntlClientProvider>,
        frame.props.children,
      ),
    );
    expect(html).toContain("<form");
    expect(html).toContain('name="email"');
    expect(html).toContain("Email me a new link");
    expect(html).toMatch(/90 days/);
  });
});
