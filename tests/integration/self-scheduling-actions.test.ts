// The self-scheduling screens' server actions and pages, called as the browser calls them (a
// session cookie, or a status link): who may offer times, edit availability and set the cut-off;
// what a status link's booking form reaches; hostile input is a message, never a 5xx.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { issueStatusLink } from "@/lib/candidate-rights/status-link";
import { saveAvailability } from "@/lib/self-scheduling/availability";
import { offerSlots } from "@/lib/self-scheduling/offer-slots";
import { availabilityFormSchema, offerSlotsFormSchema } from "@/lib/self-scheduling/schema";
import { createApplication, createStaffSession } from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { createProfileFixture, createStaff } from "../support/candidate-profile";
import { testDb } from "../support/db";
import { daysAhead, offerFormValues } from "../support/self-scheduling";
import { nextRequest } from "../support/next-request";
import { visitPage } from "../support/staff-page-visit";

const previousSecret = process.env.AUTH_SECRET;
process.env.AUTH_SECRET = TEST_AUTH_SECRET;
afterAll(() => {
  if (previousSecret === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = previousSecret;
});

const availabilityActions = await import("@/app/(hiring)/hiring/availability/actions");
const offerActions = await import("@/app/(hiring)/hiring/applications/[applicationId]/slot-offer-actions");
const cutoffActions = await import("@/app/(hiring)/hiring/jobs/[jobId]/interview-plan/self-schedule-actions");
const bookingActions = await import("@/app/(careers)/applications/status/[token]/interview/actions");
const otherAvailabilityPage = await import("@/app/(hiring)/hiring/availability/[userId]/page");
const bookingPage = await import("@/app/(careers)/applications/status/[token]/interview/page");

beforeEach(() => {
  nextRequest.cookie = "";
});

const weekdays = {
  timeZone: "UTC",
  windows: ["1", "2", "3", "4", "5"].map((weekday) => ({ weekday, start: "09:00", end: "17:00" })),
  exceptions: [],
};

async function signInAs(actor: Actor) {
  nextRequest.cookie = `authjs.session-token=${(await createStaffSession(testDb, actor.userId)).sessionToken}`;
}

const offerValues = (panelUserIds: string[]) =>
  offerFormValues(panelUserIds, { location: "Room 4", videoUrl: "", lastDay: daysAhead(12) });

async function fixture() {
  const profile = await createProfileFixture();
  await saveAvailability({
    actor: profile.interviewer,
    userId: profile.interviewer.userId,
    input: availabilityFormSchema.parse(weekdays),
  });
  return profile;
}

/** A form as the status page's plain HTML form posts it. */
const formData = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
};

/** What a server action's redirect() throws, or null when it returned. */
async function redirectOf(run: Promise<unknown>): Promise<string | null> {
  try {
    await run;
    return null;
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2] ?? "";
  }
}

describe("offer times (staff action)", () => {
  it("lets schedulers offer, refuses hiring managers and interviewers, and answers bad input at the fields", async () => {
    const { application, interviewer, hiringManager, coordinator } = await fixture();
    const values = offerValues([interviewer.userId]);

    await signInAs(interviewer);
    expect(await offerActions.offerSlotsAction(application.id, values)).toMatchObject({ ok: false });
    await signInAs(hiringManager);
    expect(await offerActions.offerSlotsAction(application.id, values)).toMatchObject({ ok: false });
    expect(await testDb.slotOffer.count({ where: { applicationId: application.id } })).toBe(0);

    await signInAs(coordinator);
    const bad = await offerActions.offerSlotsAction(application.id, {
      ...values,
      title: "Design\u0000",
      lastDay: "2026-02-30",
      panelUserIds: "everyone",
    });
    expect(bad.ok).toBe(false);
    expect(Object.keys((bad as { fieldErrors?: object }).fieldErrors ?? {}).sort()).toEqual(
      ["lastDay", "panelUserIds", "title"].sort(),
    );
    expect(await offerActions.offerSlotsAction("forged\u0000id", values)).toMatchObject({
      ok: false,
      message: "That application does not exist or is not visible to you.",
    });
    const offered = await offerActions.offerSlotsAction(application.id, values);
    expect(offered).toMatchObject({ ok: true });
    expect(await testDb.slotOffer.count({ where: { applicationId: application.id } })).toBe(1);
  });

  it("withdraws an open offer for schedulers only", async () => {
    const { application, interviewer, coordinator } = await fixture();
    const { offerId } = await offerSlots({
      actor: coordinator,
      applicationId: application.id,
      input: offerSlotsFormSchema.parse(offerValues([interviewer.userId])),
    });
    await signInAs(interviewer);
    expect(await offerActions.withdrawSlotOfferAction({ offerId })).toMatchObject({ ok: false });
    await signInAs(coordinator);
    expect(await offerActions.withdrawSlotOfferAction({ offerId: 42 })).toMatchObject({ ok: false });
    expect(await offerActions.withdrawSlotOfferAction({ offerId })).toMatchObject({ ok: true });
    expect((await testDb.slotOffer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe("WITHDRAWN");
  });
});

describe("availability (staff action and page)", () => {
  it("saves one's own, refuses someone else's unless an admin, and refuses malformed hours", async () => {
    const { interviewer, coordinator, admin } = await fixture();
    await signInAs(coordinator);
    expect(await availabilityActions.saveAvailabilityAction(interviewer.userId, weekdays)).toMatchObject({ ok: false });
    expect(await availabilityActions.saveAvailabilityAction(coordinator.userId, weekdays)).toMatchObject({ ok: true });
    const malformed = await availabilityActions.saveAvailabilityAction(coordinator.userId, {
      ...weekdays,
      timeZone: "+05:00",
      windows: [{ weekday: "9", start: "17:00", end: "09:00" }],
    });
    expect(malformed.ok).toBe(false);
    expect(await availabilityActions.saveAvailabilityAction("x\u0000", weekdays)).toMatchObject({ ok: false });
    await signInAs(admin);
    expect(
      await availabilityActions.saveAvailabilityAction(interviewer.userId, { ...weekdays, timeZone: "Asia/Tokyo" }),
    ).toMatchObject({ ok: true });
    expect(
      (await testDb.interviewerAvailability.findUniqueOrThrow({ where: { userId: interviewer.userId } })).timeZone,
    ).toBe("Asia/Tokyo");
  });

  it("shows someone else's page only to those who may read it", async () => {
    const { interviewer, coordinator, otherHiringManager } = await fixture();
    const stranger = await createStaff("INTERVIEWER");
    const visit = () => visitPage(otherAvailabilityPage, {}, { userId: interviewer.userId });
    await signInAs(coordinator);
    expect((await visit()).kind).toBe("rendered");
    for (const actor of [stranger, otherHiringManager]) {
      await signInAs(actor);
      expect((await visit()).kind).toBe("notFound");
    }
  });
});

describe("the job's cut-off (staff action)", () => {
  it("is set by the people who plan interviews, as a whole number of hours", async () => {
    const { job, interviewer, hiringManager, recruiter } = await fixture();
    for (const actor of [interviewer, hiringManager]) {
      await signInAs(actor);
      expect(await cutoffActions.setSelfScheduleCutoffAction({ jobId: job.id, cutoffHours: "12" })).toMatchObject({
        ok: false,
      });
    }
    await signInAs(recruiter);
    expect(await cutoffActions.setSelfScheduleCutoffAction({ jobId: job.id, cutoffHours: "1.5" })).toMatchObject({
      ok: false,
      fieldErrors: { cutoffHours: expect.any(Array) },
    });
    expect(await cutoffActions.setSelfScheduleCutoffAction({ jobId: job.id, cutoffHours: "12" })).toMatchObject({
      ok: true,
    });
    expect((await testDb.job.findUniqueOrThrow({ where: { id: job.id } })).selfScheduleCutoffHours).toBe(12);
  });
});

describe("the status page's booking forms", () => {
  it("reach only the link's own application, refuse junk with a message, and go back to the page when booked", async () => {
    const { application, job, interviewer, coordinator } = await fixture();
    const other = await createApplication(testDb, { jobId: job.id });
    const input = offerSlotsFormSchema.parse(offerValues([interviewer.userId]));
    await offerSlots({ actor: coordinator, applicationId: application.id, input });
    const theirs = await offerSlots({ actor: coordinator, applicationId: other.id, input });
    const theirSlot = await testDb.offeredSlot.findFirstOrThrow({
      where: { offerId: theirs.offerId },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    });
    const token = await testDb.$transaction((tx) => issueStatusLink(tx, application.id));

    const foreign = await bookingActions.bookSlotAction(token, null, formData({ slotId: theirSlot.id }));
    expect(foreign).toMatchObject({ ok: false, message: expect.stringContaining("not one offered to you") });
    for (const junk of [{}, { slotId: "" }, { slotId: "\u0000" }, { slotId: "x".repeat(500) }] as Record<
      string,
      string
    >[])
      expect(await bookingActions.bookSlotAction(token, null, formData(junk))).toMatchObject({ ok: false });
    expect(await bookingActions.cancelBookingAction(token, null, formData({ offerId: theirs.offerId }))).toMatchObject({
      ok: false,
    });
    expect(await testDb.interview.count({ where: { applicationId: { in: [application.id, other.id] } } })).toBe(0);

    const page = await visitPage(bookingPage, {}, { token });
    expect(page.kind).toBe("rendered");
    const mySlot = await testDb.offeredSlot.findFirstOrThrow({
      where: { offer: { applicationId: application.id } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    });
    const to = await redirectOf(
      bookingActions.bookSlotAction(token, null, formData({ slotId: mySlot.id, timeZone: "Asia/Kolkata" })),
    );
    expect(to).toBe(`/applications/status/${token}/interview?outcome=booked&tz=Asia%2FKolkata`);
    expect((await visitPage(bookingPage, {}, { token: "not-a-real-token-aaaaaaaaaaaa" })).kind).toBe("notFound");
  });
});
