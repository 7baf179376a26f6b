// Saved views of the applications table: who sees which (sharing rules), who may change them,
// and that a query the view schema cannot read is never stored nor applied.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createSavedView } from "@/lib/saved-views/create-saved-view";
import { deleteSavedView } from "@/lib/saved-views/delete-saved-view";
import { listSavedViews, type SavedViewList } from "@/lib/saved-views/list-saved-views";
import { renameSavedView } from "@/lib/saved-views/rename-saved-view";
import { createStaffSession, uniqueSuffix } from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { testDb } from "../support/db";
import { createActor, createTwoTeamsFixture } from "../support/pipeline";
import { nextRequest } from "../support/next-request";
import { expectAppError } from "../support/app-error";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;
const actions = await import("@/app/(hiring)/_actions/saved-views");

let people: Awaited<ReturnType<typeof createTwoTeamsFixture>>["people"];
const jobs = { mine: 0, other: 0 };

beforeAll(async () => {
  const fixture = await createTwoTeamsFixture();
  jobs.mine = fixture.job.id;
  jobs.other = fixture.otherJob.id;
  people = fixture.people;
});

beforeEach(() => {
  nextRequest.cookie = "";
});

const save = (actor: Actor, input: { jobId: number | null; name?: string; shared?: boolean; query?: string }) =>
  createSavedView({
    actor,
    input: {
      name: input.name ?? `View ${uniqueSuffix()}`,
      shared: input.shared ?? false,
      query: input.query ?? "status=active",
      jobId: input.jobId,
    },
  });

const names = (list: SavedViewList) => ({
  mine: list.mine.map((view) => view.name),
  sharedWithMe: list.sharedWithMe.map((view) => view.name),
});

describe("saved views on a job's table", () => {
  it("are seen by their owner, and when shared by everyone who sees the job, never by others", async () => {
    const mine = await save(people.recruiter, { jobId: jobs.mine, name: "Private rust", query: "?q=rust&page=4" });
    const shared = await save(people.recruiter, {
      jobId: jobs.mine,
      name: "Shared referrals",
      shared: true,
      query: "source=referral&sort=name&dir=asc",
    });
    const byManager = await save(people.manager, {
      jobId: jobs.mine,
      name: "Manager's shortlist",
      shared: true,
      query: "status=active",
    });
    await save(people.otherManager, { jobId: jobs.other, name: "Other job's view", shared: true });

    // The page is not part of a view; the rest is stored in canonical form.
    expect(mine.query).toBe("q=rust");
    expect(shared.query).toBe("source=referral&sort=name&dir=asc");

    expect(names(await listSavedViews({ actor: people.recruiter, jobId: jobs.mine }))).toEqual({
      mine: ["Private rust", "Shared referrals"],
      sharedWithMe: ["Manager's shortlist"],
    });
    expect(names(await listSavedViews({ actor: people.coordinator, jobId: jobs.mine }))).toEqual({
      mine: [],
      sharedWithMe: ["Manager's shortlist", "Shared referrals"],
    });
    expect(names(await listSavedViews({ actor: people.manager, jobId: jobs.mine }))).toEqual({
      mine: ["Manager's shortlist"],
      sharedWithMe: ["Shared referrals"],
    });
    // A hiring manager of another job, and an interviewer of this one, see none of this job's views.
    expect(names(await listSavedViews({ actor: people.otherManager, jobId: jobs.mine }))).toEqual({
      mine: [],
      sharedWithMe: [],
    });
    expect(names(await listSavedViews({ actor: people.interviewer, jobId: jobs.mine }))).toEqual({
      mine: [],
      sharedWithMe: [],
    });
    expect(names(await listSavedViews({ actor: people.recruiter, jobId: jobs.other }))).toEqual({
      mine: [],
      sharedWithMe: ["Other job's view"],
    });
    expect(byManager.jobId).toBe(jobs.mine);
  });

  it("cannot be saved on a job the actor does not see", async () => {
    expect((await expectAppError(save(people.otherManager, { jobId: jobs.mine }))).code).toBe("NOT_FOUND");
    expect((await expectAppError(save(people.interviewer, { jobId: jobs.mine }))).code).toBe("NOT_FOUND");
    expect((await expectAppError(save(people.recruiter, { jobId: 2_000_000_000 }))).code).toBe("NOT_FOUND");
  });

  it("hide a hiring manager's own views once they leave the job's team", async () => {
    const leaving = await createActor("HIRING_MANAGER");
    await testDb.hiringTeamMember.create({
      data: { jobId: jobs.mine, userId: leaving.userId, role: "HIRING_MANAGER" },
    });
    const view = await save(leaving, { jobId: jobs.mine, name: "Before leaving" });
    await testDb.hiringTeamMember.deleteMany({ where: { userId: leaving.userId } });
    expect(names(await listSavedViews({ actor: leaving, jobId: jobs.mine }))).toEqual({ mine: [], sharedWithMe: [] });
    expect((await expectAppError(renameSavedView({ actor: leaving, viewId: view.id, name: "After" }))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("saved views on the all-jobs table", () => {
  it("are shared among recruiting staff only, and only recruiting staff may share them", async () => {
    await save(people.coordinator, { jobId: null, name: "Everyone's offers", shared: true, query: "stageName=Offer" });
    await save(people.manager, { jobId: null, name: "Manager across jobs" });

    expect(names(await listSavedViews({ actor: people.recruiter, jobId: null })).sharedWithMe).toContain(
      "Everyone's offers",
    );
    expect(names(await listSavedViews({ actor: people.manager, jobId: null }))).toEqual({
      mine: ["Manager across jobs"],
      sharedWithMe: [],
    });
    expect(names(await listSavedViews({ actor: people.interviewer, jobId: null }))).toEqual({
      mine: [],
      sharedWithMe: [],
    });
    expect(names(await listSavedViews({ actor: people.recruiter, jobId: null })).sharedWithMe).not.toContain(
      "Manager across jobs",
    );

    const refused = await expectAppError(save(people.manager, { jobId: null, shared: true }));
    expect(refused.code).toBe("VALIDATION");
    expect(refused.fieldErrors?.shared?.[0]).toMatch(/recruiting staff/);
  });

  it("may filter to a job only when the actor sees that job", async () => {
    expect((await save(people.manager, { jobId: null, query: `jobId=${jobs.mine}` })).query).toBe(`jobId=${jobs.mine}`);
    expect((await expectAppError(save(people.manager, { jobId: null, query: `jobId=${jobs.other}` }))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("names, owners and queries", () => {
  it("refuses a name the owner already uses on the same table (any case), also across jobs' null", async () => {
    const name = `Duplicate ${uniqueSuffix()}`;
    await save(people.recruiter, { jobId: null, name });
    const again = await expectAppError(save(people.recruiter, { jobId: null, name: name.toUpperCase() }));
    expect(again.fieldErrors?.name?.[0]).toContain("You already have a view called");
    // Another table, or another person: the same name is fine.
    await save(people.recruiter, { jobId: jobs.mine, name });
    await save(people.coordinator, { jobId: null, name });
    // Two saves at the same moment: exactly one wins.
    const racing = `Race ${uniqueSuffix()}`;
    const results = await Promise.allSettled([
      save(people.recruiter, { jobId: null, name: racing }),
      save(people.recruiter, { jobId: null, name: racing }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  });

  it("lets only the owner rename or delete; a crafted id of someone else's view is not found", async () => {
    const view = await save(people.recruiter, { jobId: jobs.mine, name: `Owned ${uniqueSuffix()}`, shared: true });
    const other = await save(people.recruiter, { jobId: jobs.mine, name: `Taken ${uniqueSuffix()}` });
    for (const intruder of [people.coordinator, people.manager, people.otherManager]) {
      expect((await expectAppError(renameSavedView({ actor: intruder, viewId: view.id, name: "Mine now" }))).code).toBe(
        "NOT_FOUND",
      );
      expect((await expectAppError(deleteSavedView({ actor: intruder, viewId: view.id }))).code).toBe("NOT_FOUND");
    }
    expect(
      (await expectAppError(renameSavedView({ actor: people.recruiter, viewId: view.id, name: other.name })))
        .fieldErrors?.name,
    ).toBeDefined();
    expect(await renameSavedView({ actor: people.recruiter, viewId: view.id, name: "Renamed view" })).toMatchObject({
      id: view.id,
      name: "Renamed view",
    });
    expect(await deleteSavedView({ actor: people.recruiter, viewId: view.id })).toMatchObject({ id: view.id });
    expect(await testDb.savedView.count({ where: { id: view.id } })).toBe(0);
    expect(await testDb.savedView.count({ where: { id: other.id } })).toBe(1);
  });

  it("refuses a query the view schema cannot read, and does not apply one that stopped reading", async () => {
    for (const query of ["status=hacked", "sort=password", "stage=1&stage=x", "role=admin", `jobId=${jobs.mine}`]) {
      const error = await expectAppError(save(people.recruiter, { jobId: jobs.mine, query }));
      expect(error.code, query).toBe("VALIDATION");
      expect(error.fieldErrors?.query, query).toBeDefined();
    }
    // A row written behind the app's back (or by an older version) is listed, never applied.
    const stale = await testDb.savedView.create({
      data: {
        ownerId: people.recruiter.userId,
        jobId: jobs.mine,
        name: `Stale ${uniqueSuffix()}`,
        query: "sort=password",
      },
    });
    const listed = (await listSavedViews({ actor: people.recruiter, jobId: jobs.mine })).mine.find(
      (view) => view.id === stale.id,
    );
    expect(listed).toMatchObject({ query: null });
  });
});

describe("the server actions", () => {
  const signIn = async (actor: Actor) => {
    nextRequest.cookie = `authjs.session-token=${(await createStaffSession(testDb, actor.userId)).sessionToken}`;
  };

  it("validate with the form's schema and return field errors", async () => {
    await signIn(people.recruiter);
    const name = `From action ${uniqueSuffix()}`;
    expect(
      await actions.saveViewAction({
        name: `  ${name}  `,
        shared: true,
        jobId: jobs.mine,
        query: "?status=active&page=2",
      }),
    ).toMatchObject({ ok: true, query: "status=active" });
    expect(await actions.saveViewAction({ name, shared: false, jobId: jobs.mine, query: "" })).toMatchObject({
      ok: false,
      fieldErrors: { name: [expect.stringContaining("already")] },
    });
    expect(await actions.saveViewAction({ name: "", shared: false, jobId: jobs.mine, query: "" })).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Name the view"] },
    });
    expect(
      await actions.saveViewAction({ name: "Bad", shared: false, jobId: jobs.mine, query: "sort=password" }),
    ).toMatchObject({ ok: false, fieldErrors: { query: [expect.any(String)] } });
    const saved = await testDb.savedView.findFirstOrThrow({
      where: { name },
      select: { id: true, ownerId: true, shared: true },
    });
    expect(saved).toMatchObject({ ownerId: people.recruiter.userId, shared: true });

    await signIn(people.coordinator);
    expect(await actions.deleteViewAction(saved.id)).toMatchObject({
      ok: false,
      message: "That view does not exist, or it is not yours to change.",
    });
    expect(await actions.renameViewAction(saved.id, { name: "Hijacked" })).toMatchObject({ ok: false });
    await signIn(people.recruiter);
    expect(await actions.renameViewAction(saved.id, { name: "Renamed by action" })).toMatchObject({ ok: true });
    expect(await actions.deleteViewAction(saved.id)).toMatchObject({ ok: true });
  });

  it("refuse anyone signed out", async () => {
    expect(await actions.saveViewAction({ name: "Nobody", shared: false, jobId: null, query: "" })).toMatchObject({
      ok: false,
    });
    expect(await testDb.savedView.count({ where: { name: "Nobody" } })).toBe(0);
  });
});
