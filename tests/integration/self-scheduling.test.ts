// Candidate self-scheduling: who may offer times and edit whose availability, what a status link
// reaches, the job's cut-off, the accommodation's extra minutes, and two candidates racing for
// one interviewer's time (one books, the other is told it was taken).
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { setPanelArrangement } from "@/lib/accommodations/set-panel-arrangement";
import { issueStatusLink } from "@/lib/candidate-rights/status-link";
import { getAvailability, saveAvailability } from "@/lib/self-scheduling/availability";
import { bookSlot, cancelBooking, SLOT_TAKEN } from "@/lib/self-scheduling/book-slot";
import { offerSlots } from "@/lib/self-scheduling/offer-slots";
import { availabilityFormSchema, offerSlotsFormSchema } from "@/lib/self-scheduling/schema";
import { loadSlotOffersForCandidate } from "@/lib/self-scheduling/slot-offers-for-candidate";
import { createApplication, createInterview } from "../factories";
import { createProfileFixture, createStaff } from "../support/candidate-profile";
import { testDb } from "../support/db";
import { daysAhead, offerFormValues } from "../support/self-scheduling";

/** The AppError a refused call throws (a call that succeeds fails the test). */
async function expectAppError(promise: Promise<unknown>): Promise<AppError> {
  const outcome = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(outcome instanceof AppError)) throw new Error(`expected an AppError, got ${String(outcome)}`);
  return outcome;
}

const HOUR_MS = 60 * 60 * 1000;
const ARRANGEMENT = "Questions shared in writing in advance";
const DETAILS = "I process spoken questions slowly because of a condition; I need extra time.";

/** Monday to Friday, 09:00 to 12:00 in `timeZone`. */
const mornings = (timeZone: string) =>
  availabilityFormSchema.parse({
    timeZone,
    windows: ["1", "2", "3", "4", "5"].map((weekday) => ({ weekday, start: "09:00", end: "12:00" })),
    exceptions: [],
  });

const offerInput = (...args: Parameters<typeof offerFormValues>) =>
  offerSlotsFormSchema.parse(offerFormValues(...args));

async function tokenFor(applicationId: string) {
  return testDb.$transaction((tx) => issueStatusLink(tx, applicationId));
}

async function fixture({ extraMinutes = null as number | null } = {}) {
  const profile = await createProfileFixture({
    accommodation: {
      kinds: ["APPLICATION_PROCESS_CHANGE"],
      details: DETAILS,
      preferredContact: "EMAIL",
      panelArrangement: ARRANGEMENT,
    },
  });
  await testDb.accommodationRequest.update({
    where: { applicationId: profile.application.id },
    data: { status: "ARRANGED", extraMinutes },
  });
  const other = await createApplication(testDb, { jobId: profile.job.id });
  await saveAvailability({ actor: profile.interviewer, userId: profile.interviewer.userId, input: mornings("UTC") });
  await saveAvailability({
    actor: profile.hiringManager,
    userId: profile.hiringManager.userId,
    input: mornings("Europe/London"),
  });
  const panel = [profile.interviewer.userId, profile.hiringManager.userId];
  return { ...profile, other, panel };
}

async function offerTo(actor: Actor, applicationId: string, panel: string[], overrides = {}) {
  const offered = await offerSlots({ actor, applicationId, input: offerInput(panel, overrides) });
  const slots = await testDb.offeredSlot.findMany({
    where: { offerId: offered.offerId },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  return { ...offered, slots };
}

describe("offering slots", () => {
  it("is for the people who schedule interviews; hiring managers and interviewers are refused and nothing is stored", async () => {
    const { application, panel, admin, recruiter, coordinator, hiringManager, interviewer } = await fixture();
    for (const actor of [coordinator, recruiter, admin]) {
      const { slotCount } = await offerSlots({ actor, applicationId: application.id, input: offerInput(panel) });
      expect(slotCount).toBeGreaterThan(0);
    }
    expect(
      (
        await expectAppError(
          offerSlots({ actor: hiringManager, applicationId: application.id, input: offerInput(panel) }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await expectAppError(
          offerSlots({ actor: interviewer, applicationId: application.id, input: offerInput(panel) }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(await testDb.slotOffer.count({ where: { applicationId: application.id } })).toBe(3);
  });

  it("offers only times the whole panel is free, in each member's zone, minus their interviews", async () => {
    const { application, other, panel, coordinator, interviewer } = await fixture();
    // London is on GMT in winter and BST in summer; UTC 09:00-12:00 meets it fully only in winter.
    const { slots } = await offerTo(coordinator, application.id, panel);
    const first = slots[0]!.startsAt;
    await createInterview(testDb, {
      applicationId: other.id,
      scheduledById: coordinator.userId,
      panelUserIds: [interviewer.userId],
      startsAt: first,
      durationMinutes: 60,
    });
    const again = await offerTo(coordinator, application.id, panel);
    expect(again.slots.map((slot) => slot.startsAt.getTime())).not.toContain(first.getTime());
    for (const slot of again.slots) {
      const hour = slot.startsAt.getUTCHours() + slot.startsAt.getUTCMinutes() / 60;
      expect(hour).toBeGreaterThanOrEqual(9);
      expect(hour + 1).toBeLessThanOrEqual(12);
    }
  });

  it("refuses a panel member who has no availability, and an outsider to the hiring team", async () => {
    const { application, panel, coordinator } = await fixture();
    const newcomer = await createStaff("INTERVIEWER");
    const outsider = await expectAppError(
      offerSlots({ actor: coordinator, applicationId: application.id, input: offerInput([...panel, newcomer.userId]) }),
    );
    expect(outsider.fieldErrors).toHaveProperty("panelUserIds");
    const job = await testDb.application.findUniqueOrThrow({ where: { id: application.id }, select: { jobId: true } });
    await testDb.hiringTeamMember.create({ data: { jobId: job.jobId, userId: newcomer.userId, role: "INTERVIEWER" } });
    const unset = await expectAppError(
      offerSlots({ actor: coordinator, applicationId: application.id, input: offerInput([...panel, newcomer.userId]) }),
    );
    expect(unset.message).toContain("not set their availability");
  });

  it("lengthens the interview by the accommodation's extra minutes; the panel's invitation says only its length", async () => {
    const { application, panel, coordinator } = await fixture({ extraMinutes: 30 });
    const { offerId, slots } = await offerTo(coordinator, application.id, panel);
    expect((await testDb.slotOffer.findUniqueOrThrow({ where: { id: offerId } })).durationMinutes).toBe(90);
    // Mornings of three hours: a 90-minute interview starts by 10:30 UTC at the latest.
    for (const slot of slots)
      expect(slot.startsAt.getUTCHours() * 60 + slot.startsAt.getUTCMinutes()).toBeLessThanOrEqual(10 * 60 + 30);

    const booked = await bookSlot({ statusToken: await tokenFor(application.id), slotId: slots[0]!.id });
    const interview = await testDb.interview.findUniqueOrThrow({ where: { id: booked.interviewId } });
    expect(interview.durationMinutes).toBe(90);
    const panelMail = await testDb.emailOutbox.findMany({
      where: { id: { in: booked.emailIds }, userId: { not: null } },
      orderBy: { id: "asc" },
    });
    expect(panelMail).toHaveLength(2);
    for (const mail of panelMail) {
      const everything = `${mail.subject}\n${mail.textBody}\n${mail.htmlBody}\n${mail.calendarContent}`;
      expect(everything).toContain("1 hour 30 minutes");
      expect(everything).not.toMatch(/accommodat|extra/i);
      expect(everything).not.toContain(DETAILS);
    }
  });
});

describe("an accommodation's extra minutes", () => {
  it("are set with the panel arrangement by accommodation coordinators only, and reach the offer as length alone", async () => {
    const { application, panel, coordinator, recruiter } = await fixture();
    const request = await testDb.accommodationRequest.findUniqueOrThrow({ where: { applicationId: application.id } });
    const input = { requestId: request.id, panelArrangement: ARRANGEMENT, extraMinutes: "45" };
    expect((await expectAppError(setPanelArrangement({ actor: recruiter, ...input }))).code).toBe("FORBIDDEN");
    expect(
      (await expectAppError(setPanelArrangement({ actor: coordinator, ...input, extraMinutes: "999" }))).code,
    ).toBe("VALIDATION");
    await setPanelArrangement({ actor: coordinator, ...input });
    const { offerId } = await offerTo(recruiter, application.id, panel);
    const offer = await testDb.slotOffer.findUniqueOrThrow({ where: { id: offerId } });
    expect(offer.durationMinutes).toBe(105);
    // Leaving the field out keeps it; "" clears it.
    await setPanelArrangement({ actor: coordinator, requestId: request.id, panelArrangement: "Questions in writing" });
    expect((await testDb.accommodationRequest.findUniqueOrThrow({ where: { id: request.id } })).extraMinutes).toBe(45);
    await setPanelArrangement({ actor: coordinator, ...input, extraMinutes: "" });
    expect(
      (await testDb.accommodationRequest.findUniqueOrThrow({ where: { id: request.id } })).extraMinutes,
    ).toBeNull();
  });
});

describe("booking", () => {
  it("creates the interview and sends the invitations with an .ics, as scheduling does", async () => {
    const { application, panel, coordinator } = await fixture();
    const { offerId, slots } = await offerTo(coordinator, application.id, panel);
    const booked = await bookSlot({ statusToken: await tokenFor(application.id), slotId: slots[1]!.id });
    const interview = await testDb.interview.findUniqueOrThrow({
      where: { id: booked.interviewId },
      include: { panel: { orderBy: { userId: "asc" } } },
    });
    expect(interview).toMatchObject({ status: "SCHEDULED", startsAt: slots[1]!.startsAt, durationMinutes: 60 });
    expect(interview.panel.map((seat) => seat.userId)).toEqual([...panel].sort());
    expect(await testDb.slotOffer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({
      status: "BOOKED",
      interviewId: interview.id,
    });
    const mail = await testDb.emailOutbox.findMany({ where: { id: { in: booked.emailIds } }, orderBy: { id: "asc" } });
    expect(mail).toHaveLength(3);
    expect(
      mail.every((m) => m.calendarMethod === "REQUEST" && m.calendarContent?.includes(interview.calendarUid)),
    ).toBe(true);
    expect(mail.filter((m) => m.candidateId !== null).map((m) => m.template)).toEqual(["interview-invitation"]);
    const audit = await testDb.auditEvent.findMany({
      where: { subjectId: application.id, action: "interview.scheduled" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(audit.map((event) => event.actorType)).toEqual(["candidate"]);
  });

  it("two candidates racing for one time on separate connections: one books it, the other is told it was taken", async () => {
    const { application, other, panel, coordinator } = await fixture();
    const mine = await offerTo(coordinator, application.id, panel);
    const theirs = await offerTo(coordinator, other.id, panel);
    const [tokenA, tokenB] = [await tokenFor(application.id), await tokenFor(other.id)];
    for (const round of [0, 1, 2]) {
      const startsAt = mine.slots[round * 4]!.startsAt;
      const theirSlot = theirs.slots.find((slot) => slot.startsAt.getTime() === startsAt.getTime())!;
      // Two interactive transactions at once hold two of the pool's connections.
      const results = await Promise.allSettled([
        bookSlot({ statusToken: tokenA, slotId: mine.slots[round * 4]!.id }),
        bookSlot({ statusToken: tokenB, slotId: theirSlot.id }),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toMatchObject({ code: "CONFLICT", message: SLOT_TAKEN });
      const booked = await testDb.interview.count({
        where: { status: "SCHEDULED", startsAt, panel: { some: { userId: panel[0] } } },
      });
      expect(booked).toBe(1);
      // Cancel whichever won so the next round races again from two open offers.
      const winner =
        results[0]!.status === "fulfilled" ? { token: tokenA, offer: mine } : { token: tokenB, offer: theirs };
      await cancelBooking({ statusToken: winner.token, offerId: winner.offer.offerId });
    }
  });

  it("refuses a time a coordinator has since filled by hand", async () => {
    const { application, other, panel, coordinator } = await fixture();
    const { slots } = await offerTo(coordinator, application.id, panel);
    await createInterview(testDb, {
      applicationId: other.id,
      scheduledById: coordinator.userId,
      panelUserIds: [panel[1]!],
      startsAt: new Date(slots[2]!.startsAt.getTime() + 30 * 60_000),
      durationMinutes: 30,
    });
    const refused = await expectAppError(
      bookSlot({ statusToken: await tokenFor(application.id), slotId: slots[2]!.id }),
    );
    expect(refused).toMatchObject({ code: "CONFLICT", message: SLOT_TAKEN });
    expect(await testDb.interview.count({ where: { applicationId: application.id } })).toBe(0);
  });

  it("the loser sees the remaining times, without the one taken", async () => {
    const { application, other, panel, coordinator } = await fixture();
    const mine = await offerTo(coordinator, application.id, panel);
    await offerTo(coordinator, other.id, panel);
    await bookSlot({ statusToken: await tokenFor(application.id), slotId: mine.slots[0]!.id });
    const view = await loadSlotOffersForCandidate(await tokenFor(other.id));
    const starts = view!.offers[0]!.slots.map((slot) => slot.startsAt);
    expect(starts).not.toContain(mine.slots[0]!.startsAt.toISOString());
    expect(starts).toContain(mine.slots[2]!.startsAt.toISOString());
  });

  it("a status link reaches only its own application's offers and slots", async () => {
    const { application, other, panel, coordinator } = await fixture();
    const mine = await offerTo(coordinator, application.id, panel);
    const theirs = await offerTo(coordinator, other.id, panel);
    const myToken = await tokenFor(application.id);
    expect((await expectAppError(bookSlot({ statusToken: myToken, slotId: theirs.slots[5]!.id }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await expectAppError(cancelBooking({ statusToken: myToken, offerId: theirs.offerId }))).code).toBe(
      "NOT_FOUND",
    );
    expect(
      (await expectAppError(bookSlot({ statusToken: "not-a-real-token-aaaaaaaaaaaa", slotId: mine.slots[0]!.id })))
        .code,
    ).toBe("NOT_FOUND");
    const view = await loadSlotOffersForCandidate(myToken);
    expect(view!.offers.map((offer) => offer.id)).toEqual([mine.offerId]);
    expect(JSON.stringify(view)).not.toMatch(new RegExp(panel.join("|")));
    expect(await testDb.interview.count({ where: { applicationId: other.id } })).toBe(0);
  });
});

describe("the job's cut-off", () => {
  it("offers no time inside it, and lets the candidate move or cancel only before it", async () => {
    const { application, job, panel, coordinator } = await fixture();
    await testDb.job.update({ where: { id: job.id }, data: { selfScheduleCutoffHours: 48 } });
    const soon = daysAhead(1);
    const { slots } = await offerTo(coordinator, application.id, panel, {
      firstDay: soon,
      lastDay: daysAhead(10),
    });
    for (const slot of slots)
      expect(slot.startsAt.getTime()).toBeGreaterThanOrEqual(Date.now() + 48 * HOUR_MS - 60_000);

    const token = await tokenFor(application.id);
    const booked = await bookSlot({ statusToken: token, slotId: slots[0]!.id });
    const late = new Date(slots[0]!.startsAt.getTime() - 47 * HOUR_MS);
    const offerId = (await testDb.slotOffer.findFirstOrThrow({ where: { interviewId: booked.interviewId } })).id;
    expect((await expectAppError(bookSlot({ statusToken: token, slotId: slots[3]!.id, now: late }))).message).toContain(
      "48 hours",
    );
    expect((await expectAppError(cancelBooking({ statusToken: token, offerId, now: late }))).message).toContain(
      "48 hours",
    );

    const moved = await bookSlot({ statusToken: token, slotId: slots[3]!.id });
    expect(moved).toMatchObject({ interviewId: booked.interviewId, rescheduled: true });
    const interview = await testDb.interview.findUniqueOrThrow({ where: { id: booked.interviewId } });
    expect(interview).toMatchObject({ startsAt: slots[3]!.startsAt, calendarSequence: 1 });

    const cancelled = await cancelBooking({ statusToken: token, offerId });
    expect(await testDb.interview.findUniqueOrThrow({ where: { id: booked.interviewId } })).toMatchObject({
      status: "CANCELLED",
    });
    const mail = await testDb.emailOutbox.findMany({
      where: { id: { in: cancelled.emailIds } },
      orderBy: { id: "asc" },
    });
    expect(mail.map((m) => m.calendarMethod)).toEqual(["CANCEL", "CANCEL", "CANCEL"]);
    expect(await testDb.slotOffer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({
      status: "OPEN",
      interviewId: null,
    });
  });
});

describe("availability", () => {
  it("each person edits only their own; admins anyone's", async () => {
    const { interviewer, hiringManager, coordinator, recruiter, admin } = await fixture();
    for (const actor of [hiringManager, coordinator, recruiter]) {
      expect(
        (await expectAppError(saveAvailability({ actor, userId: interviewer.userId, input: mornings("Asia/Tokyo") })))
          .code,
      ).toBe("NOT_FOUND");
    }
    await saveAvailability({ actor: admin, userId: interviewer.userId, input: mornings("Asia/Tokyo") });
    await saveAvailability({ actor: coordinator, userId: coordinator.userId, input: mornings("UTC") });
    expect((await getAvailability({ actor: interviewer, userId: interviewer.userId }))?.values?.timeZone).toBe(
      "Asia/Tokyo",
    );
  });

  it("is read by schedulers, by a hiring manager for their jobs' teams, and otherwise only by its owner", async () => {
    const { interviewer, hiringManager, otherHiringManager, coordinator, recruiter, admin } = await fixture();
    const stranger = await createStaff("INTERVIEWER");
    for (const actor of [admin, recruiter, coordinator, hiringManager, interviewer])
      expect(await getAvailability({ actor, userId: interviewer.userId })).not.toBeNull();
    for (const actor of [otherHiringManager, stranger])
      expect(await getAvailability({ actor, userId: interviewer.userId })).toBeNull();
    expect(await getAvailability({ actor: interviewer, userId: hiringManager.userId })).toBeNull();
    expect((await getAvailability({ actor: interviewer, userId: interviewer.userId }))?.editable).toBe(true);
    expect((await getAvailability({ actor: coordinator, userId: interviewer.userId }))?.editable).toBe(false);
  });
});
