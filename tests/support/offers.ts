// An offer on a fresh pipeline, with steps to take it through approval and release (integration tests).
import { beforeAll, expect } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { decideOfferApproval, submitOfferForApproval } from "@/lib/offers/decide-offer-approval";
import { saveJobOfferSettings } from "@/lib/offers/job-offer-settings";
import { saveOfferLetterTemplate } from "@/lib/offers/offer-letter-templates";
import { releaseOffer } from "@/lib/offers/release-offer";
import { saveOfferTerms } from "@/lib/offers/save-offer-terms";
import { offerTermsFormSchema } from "@/lib/offers/schema";
import { createApplication, ensureLegalForms, uniqueSuffix } from "../factories";
import { testDb } from "./db";
import { createActor, createPipelineFixture } from "./pipeline";

let templateId: string;
export let admin: Actor;
beforeAll(async () => {
  await ensureLegalForms(testDb);
  admin = await createActor("ADMIN", "Ada Admin");
  templateId = (
    await saveOfferLetterTemplate({
      actor: admin,
      input: { name: `Letter ${uniqueSuffix()}`, body: "Dear {{candidate.firstName}}, base pay {{offer.basePay}}." },
    })
  ).templateId;
});

export async function refused(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

export function terms(applicationId: string, extra: Record<string, unknown> = {}) {
  return offerTermsFormSchema.parse({
    applicationId,
    baseAmount: 185000,
    currency: "usd",
    payPeriod: "YEAR",
    bonus: "",
    equity: "1,000 RSUs",
    startDate: "2099-03-01",
    workLocation: "Austin, TX",
    employmentType: "FULL_TIME",
    expiresOn: "2099-02-15",
    letterTemplateId: templateId,
    ...extra,
  });
}

export async function offerFixture({ exportControlled = false } = {}) {
  const pipeline = await createPipelineFixture({ applicationCount: 0 });
  const application = await createApplication(testDb, { jobId: pipeline.job.id, stageName: "Offer" });
  const coordinator = await createActor("COORDINATOR");
  await saveJobOfferSettings({
    actor: admin,
    input: {
      jobId: pipeline.job.id,
      exportControlled,
      approverIds: [pipeline.hiringManager.userId, pipeline.recruiter.userId],
    },
  });
  const { offerId } = await saveOfferTerms({ actor: pipeline.recruiter, input: terms(application.id) });
  const version = async () => (await testDb.offer.findUniqueOrThrow({ where: { id: offerId } })).version;
  const step = async () => ({ offerId, expectedVersion: await version() });
  const approveAll = async () => {
    await submitOfferForApproval({ actor: pipeline.recruiter, input: await step() });
    for (const approver of [pipeline.hiringManager, pipeline.recruiter])
      await decideOfferApproval({ actor: approver, input: { ...(await step()), decision: "APPROVED", reason: "" } });
  };
  const release = async () => {
    await releaseOffer({ actor: pipeline.recruiter, input: await step() });
    const mail = await testDb.emailOutbox.findFirstOrThrow({
      where: { applicationId: application.id, template: "offer-released" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    return mail.privateLink!.split("/applications/status/")[1]!;
  };
  return { ...pipeline, application, coordinator, offerId, step, approveAll, release };
}
