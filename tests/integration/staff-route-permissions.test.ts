// Every staff page, route handler and server action, for every role, as a forged request would
// reach them: only the session cookie is simulated. Each role may reach exactly what the permission
// matrix (docs/security.md; pinned row by row in lib/auth/permissions.test.ts, mirrored in EXPECT
// below) and lib/auth/permissions.ts allow; everything else is refused on the server, and a refused
// call changes nothing.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getFileStorage } from "@/lib/storage";
import {
  createApplication,
  createInterview,
  createJob,
  ensureLegalForms,
  SAMPLE_QUESTIONS,
  uniqueSuffix,
} from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { testDb } from "../support/db";
import { minimalPdf } from "../support/documents";
import { nextRequest } from "../support/next-request";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { staffOfEveryRole } from "../support/staff-sessions";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;
process.env.STORAGE_DIR = await mkdtemp(path.join(tmpdir(), "trellis-permissions-"));

type Page = { default: (props: never) => Promise<unknown> };
const pages: Record<string, Page> = {
  home: await import("@/app/(hiring)/hiring/page"),
  jobs: await import("@/app/(hiring)/hiring/jobs/page"),
  newJob: await import("@/app/(hiring)/hiring/jobs/new/page"),
  editJob: await import("@/app/(hiring)/hiring/jobs/[jobId]/edit/page"),
  jobApplications: await import("@/app/(hiring)/hiring/jobs/[jobId]/applications/page"),
  board: await import("@/app/(hiring)/hiring/jobs/[jobId]/board/page"),
  applications: await import("@/app/(hiring)/hiring/applications/page"),
  profile: await import("@/app/(hiring)/hiring/applications/[applicationId]/page"),
  notifications: await import("@/app/(hiring)/hiring/notifications/page"),
  staff: await import("@/app/(hiring)/hiring/staff/page"),
  templates: await import("@/app/(hiring)/hiring/templates/page"),
  newTemplate: await import("@/app/(hiring)/hiring/templates/new/page"),
  editTemplate: await import("@/app/(hiring)/hiring/templates/[templateId]/edit/page"),
  accommodations: await import("@/app/(hiring)/hiring/accommodations/page"),
  accommodation: await import("@/app/(hiring)/hiring/accommodations/[requestId]/page"),
  scorecards: await import("@/app/(hiring)/hiring/applications/[applicationId]/scorecards/page"),
  audit: await import("@/app/(hiring)/hiring/audit/page"),
  interviews: await import("@/app/(hiring)/hiring/interviews/page"),
  interview: await import("@/app/(hiring)/hiring/interviews/[interviewId]/page"),
  interviewPlan: await import("@/app/(hiring)/hiring/jobs/[jobId]/interview-plan/page"),
  legalTexts: await import("@/app/(hiring)/hiring/legal-texts/page"),
  newLegalText: await import("@/app/(hiring)/hiring/legal-texts/new/page"),
  privacy: await import("@/app/(hiring)/hiring/privacy/page"),
  eeoReport: await import("@/app/(hiring)/hiring/reports/eeo/page"),
  reports: await import("@/app/(hiring)/hiring/reports/page"),
  apiTokens: await import("@/app/(hiring)/hiring/api-tokens/page"),
};
/** Calls a page's default export with the props Next passes (params and searchParams as Promises). */
// Params are read when the page is visited: the ids exist only once beforeAll has run.
const render =
  (
    name: keyof typeof pages,
    params: () => Record<string, string> = () => ({}),
    searchParams: Record<string, string> = {},
  ) =>
  () =>
    (pages[name]!.default as (props: object) => Promise<unknown>)({
      params: Promise.resolve(params()),
      searchParams: Promise.resolve(searchParams),
    });
const documentRoute = await import("@/app/(hiring)/hiring/applications/[applicationId]/documents/[fileId]/route");
const profileActions = await import("@/app/(hiring)/hiring/applications/[applicationId]/actions");
const boardActions = await import("@/app/(hiring)/_actions/pipeline");
const jobActions = await import("@/app/(hiring)/hiring/jobs/actions");
const templateActions = await import("@/app/(hiring)/hiring/templates/actions");
const staffActions = await import("@/app/(hiring)/hiring/staff/actions");
const notificationActions = await import("@/app/(hiring)/hiring/notifications/actions");
const accommodationActions = await import("@/app/(hiring)/hiring/accommodations/actions");
const interviewActions = await import("@/app/(hiring)/hiring/applications/[applicationId]/interview-actions");
const decisionActions = await import("@/app/(hiring)/hiring/applications/[applicationId]/scorecards/decision-actions");
const scorecardActions = await import("@/app/(hiring)/hiring/interviews/[interviewId]/actions");
const interviewPlanActions = await import("@/app/(hiring)/hiring/jobs/[jobId]/interview-plan/actions");
const legalTextActions = await import("@/app/(hiring)/hiring/legal-texts/actions");
const privacyActions = await import("@/app/(hiring)/hiring/privacy/actions");
const savedViewActions = await import("@/app/(hiring)/_actions/saved-views");
const exportRoutes = {
  applications: await import("@/app/(hiring)/hiring/applications/export/route"),
  reports: await import("@/app/(hiring)/hiring/reports/export/route"),
  eeoReport: await import("@/app/(hiring)/hiring/reports/eeo/export/route"),
};

const ROLES = STAFF_ROLES;
type Role = (typeof ROLES)[number];
type Scope = "team" | "other";

// The permission matrix (docs/security.md), as this test reads it. "team": the job the hiring
// manager and the interviewer are on; "other": a job with neither on its team.
const EXPECT = {
  seesJob: (role: Role, scope: Scope) =>
    ["ADMIN", "RECRUITER", "COORDINATOR"].includes(role) || (role === "HIRING_MANAGER" && scope === "team"),
  triages: (role: Role, scope: Scope) => EXPECT.seesJob(role, scope) && role !== "INTERVIEWER",
  eligibility: (role: Role) => ["ADMIN", "RECRUITER", "COORDINATOR"].includes(role),
  accommodation: (role: Role) => ["ADMIN", "COORDINATOR"].includes(role),
  managesJobsAndTemplates: (role: Role) => ["ADMIN", "RECRUITER"].includes(role),
  managesStaff: (role: Role) => role === "ADMIN",
  mergesCandidates: (role: Role) => ["ADMIN", "RECRUITER"].includes(role),
  // "their interviews": the interviewer sits on the panel of the team application's interview.
  readsResume: (role: Role, scope: Scope) =>
    EXPECT.seesJob(role, scope) || (role === "INTERVIEWER" && scope === "team"),
  // Beyond the matrix, as lib/auth/permissions.ts decides (issue 5 and the interview loop).
  auditLog: (role: Role) => role === "ADMIN",
  legalAndPrivacy: (role: Role) => role === "ADMIN",
  // "API tokens, webhooks: admin (manage)" in the matrix.
  integrations: (role: Role) => role === "ADMIN",
  eeoReport: (role: Role) => ["ADMIN", "RECRUITER"].includes(role),
  pipelineReports: (role: Role) => role !== "INTERVIEWER",
  schedulesInterviews: (role: Role) => ["ADMIN", "RECRUITER", "COORDINATOR"].includes(role),
  // "Nobody grants themselves access": the blind-feedback rule is not the schedulers' (issue 12),
  // and a panel seat goes only to the job's hiring team, never to the scheduler themselves.
  changesFeedbackRule: (role: Role) => ["ADMIN", "RECRUITER"].includes(role),
  // Scorecards side by side and the decision: "scorecards" row (coordinators: no).
  decides: (role: Role, scope: Scope) =>
    ["ADMIN", "RECRUITER"].includes(role) || (role === "HIRING_MANAGER" && scope === "team"),
};

const { users, sessions } = staffOfEveryRole();
const jobs = {} as Record<Scope, { id: number; stageIds: number[] }>;
const apps = {} as Record<Scope, { id: string; candidateId: string; fileId: string }>;
let templateId: string;
let reasonId: number;
let adminNotificationId: string;
const accommodationIds = {} as Record<Scope, string>;
let interviewId: string;

beforeAll(async () => {
  await ensureLegalForms(testDb);
  for (const scope of ["team", "other"] as const) {
    const job = await createJob(testDb, { questions: [...SAMPLE_QUESTIONS] });
    const stages = await testDb.stage.findMany({
      where: { jobId: job.id },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    jobs[scope] = { id: job.id, stageIds: stages.map((stage) => stage.id) };
    const application = await createApplication(testDb, {
      jobId: job.id,
      answers: true,
      workAuthorization: true,
      exportControl: true,
      accommodation: true,
    });
    const bytes = minimalPdf(`Resume ${scope}`);
    const storageKey = `documents/${uniqueSuffix()}`;
    await getFileStorage().put(storageKey, bytes, "application/pdf");
    const file = await testDb.storedFile.create({
      data: {
        storageKey,
        purpose: "RESUME",
        fileName: "resume.pdf",
        contentType: "application/pdf",
        byteSize: bytes.byteLength,
        sha256: "0".repeat(64),
      },
    });
    await testDb.application.update({ where: { id: application.id }, data: { resumeFileId: file.id } });
    apps[scope] = { id: application.id, candidateId: application.candidateId, fileId: file.id };
    const tag = await testDb.tag.create({ data: { name: `kept-${uniqueSuffix()}` } });
    await testDb.applicationTag.create({ data: { applicationId: application.id, tagId: tag.id } });
  }
  await testDb.hiringTeamMember.createMany({
    data: [
      { jobId: jobs.team.id, userId: users.HIRING_MANAGER.id, role: "HIRING_MANAGER" },
      { jobId: jobs.team.id, userId: users.INTERVIEWER.id, role: "INTERVIEWER" },
    ],
  });
  templateId = (
    await testDb.emailTemplate.create({
      data: { name: `Permissions ${uniqueSuffix()}`, subject: "Hello", body: "Hi {{candidate.preferredName}}" },
    })
  ).id;
  reasonId = (
    await testDb.rejectionReason.create({
      data: { kind: "WE_REJECTED", label: `Permissions ${uniqueSuffix()}`, position: 99 },
    })
  ).id;
  adminNotificationId = (
    await testDb.notification.create({ data: { userId: users.ADMIN.id, kind: "mention", payload: {} } })
  ).id;
  for (const scope of ["team", "other"] as const) {
    accommodationIds[scope] = (
      await testDb.accommodationRequest.findFirstOrThrow({
        where: { applicationId: apps[scope].id },
        select: { id: true },
      })
    ).id;
  }
  // The team job's interview, with the interviewer on its panel.
  interviewId = (
    await createInterview(testDb, {
      applicationId: apps.team.id,
      scheduledById: users.COORDINATOR.id,
      panelUserIds: [users.INTERVIEWER.id],
    })
  ).id;
});

beforeEach(() => {
  nextRequest.cookie = "";
});

const signInAs = (role: Role) => {
  nextRequest.cookie = `authjs.session-token=${sessions[role]}`;
};

type Outcome = { kind: "rendered"; element: unknown } | { kind: "notFound" } | { kind: "redirect"; to: string };

/** Renders a page as Next would start to, and reads notFound()/redirect() from the digest. */
async function visit(render: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { kind: "rendered", element: await render() };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { kind: "notFound" };
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT"))
      return { kind: "redirect", to: digest.split(";")[2] ?? "" };
    throw error;
  }
}

/** The first prop called `name` anywhere in a rendered element tree (the page's data for its component). */
function findProp(node: unknown, name: string, seen = new Set<unknown>()): unknown {
  if (!node || typeof node !== "object" || seen.has(node)) return undefined;
  seen.add(node);
  const props = (node as { props?: Record<string, unknown> }).props;
  if (props && name in props) return props[name];
  for (const child of [props?.children].flat()) {
    const found = findProp(child, name, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

type PageCase = {
  name: string;
  render: () => Promise<unknown>;
  allowed: (role: Role) => boolean;
  redirectsInterviewers?: true;
};
const PAGE_CASES: PageCase[] = [
  // Interviewers have no pipeline to look at: these send them to their interviews.
  { name: "/hiring/jobs", render: render("jobs"), allowed: () => true, redirectsInterviewers: true },
  { name: "/hiring/jobs/new", render: render("newJob"), allowed: EXPECT.managesJobsAndTemplates },
  ...(["team", "other"] as const).flatMap((scope): PageCase[] => [
    {
      name: `/hiring/jobs/[${scope}]/edit`,
      render: render("editJob", () => ({ jobId: String(jobs[scope].id) })),
      allowed: EXPECT.managesJobsAndTemplates,
    },
    {
      name: `/hiring/jobs/[${scope}]/applications`,
      render: render("jobApplications", () => ({ jobId: String(jobs[scope].id) })),
      allowed: (role) => EXPECT.seesJob(role, scope),
    },
    {
      name: `/hiring/jobs/[${scope}]/board`,
      render: render("board", () => ({ jobId: String(jobs[scope].id) })),
      allowed: (role) => EXPECT.seesJob(role, scope),
    },
    {
      name: `/hiring/applications/[${scope}]`,
      render: render("profile", () => ({ applicationId: apps[scope].id })),
      allowed: (role) => EXPECT.seesJob(role, scope),
    },
  ]),
  { name: "/hiring/applications", render: render("applications"), allowed: () => true, redirectsInterviewers: true },
  { name: "/hiring/notifications", render: render("notifications"), allowed: () => true },
  { name: "/hiring/staff", render: render("staff"), allowed: EXPECT.managesStaff },
  { name: "/hiring/templates", render: render("templates"), allowed: EXPECT.managesJobsAndTemplates },
  { name: "/hiring/templates/new", render: render("newTemplate"), allowed: EXPECT.managesJobsAndTemplates },
  {
    name: "/hiring/templates/[id]/edit",
    render: render("editTemplate", () => ({ templateId })),
    allowed: EXPECT.managesJobsAndTemplates,
  },
  { name: "/hiring/accommodations", render: render("accommodations"), allowed: EXPECT.accommodation },
  ...(["team", "other"] as const).flatMap((scope): PageCase[] => [
    {
      name: `/hiring/accommodations/[${scope}]`,
      render: render("accommodation", () => ({ requestId: accommodationIds[scope] })),
      allowed: EXPECT.accommodation,
    },
    {
      name: `/hiring/applications/[${scope}]/scorecards`,
      render: render("scorecards", () => ({ applicationId: apps[scope].id })),
      allowed: (role) => EXPECT.decides(role, scope),
    },
    {
      name: `/hiring/jobs/[${scope}]/interview-plan`,
      render: render("interviewPlan", () => ({ jobId: String(jobs[scope].id) })),
      allowed: EXPECT.schedulesInterviews,
    },
  ]),
  // Crafted ids: nobody finds what does not exist.
  {
    name: "/hiring/accommodations/[crafted]",
    render: render("accommodation", () => ({ requestId: "c0000000000000000000crafted" })),
    allowed: () => false,
  },
  {
    name: "/hiring/interviews/[crafted]",
    render: render("interview", () => ({ interviewId: "c0000000000000000000crafted" })),
    allowed: () => false,
  },
  { name: "/hiring/audit", render: render("audit"), allowed: EXPECT.auditLog },
  { name: "/hiring/interviews", render: render("interviews"), allowed: () => true },
  // The panel and the people who see the application; never a hiring manager or interviewer of another job.
  {
    name: "/hiring/interviews/[team interview]",
    render: render("interview", () => ({ interviewId })),
    allowed: (role) => EXPECT.seesJob(role, "team") || role === "INTERVIEWER",
  },
  { name: "/hiring/legal-texts", render: render("legalTexts"), allowed: EXPECT.legalAndPrivacy },
  {
    name: "/hiring/legal-texts/new",
    render: render("newLegalText", () => ({}), { kind: "PRIVACY_NOTICE", language: "en" }),
    allowed: EXPECT.legalAndPrivacy,
  },
  { name: "/hiring/privacy", render: render("privacy"), allowed: EXPECT.legalAndPrivacy },
  { name: "/hiring/api-tokens", render: render("apiTokens"), allowed: EXPECT.integrations },
  { name: "/hiring/reports/eeo", render: render("eeoReport"), allowed: EXPECT.eeoReport },
  { name: "/hiring/reports", render: render("reports"), allowed: EXPECT.pipelineReports },
];

describe("staff pages", () => {
  it("send a signed-out visitor to the sign-in page, every one of them", async () => {
    for (const page of [...PAGE_CASES, { name: "/hiring", render: render("home") }]) {
      const outcome = await visit(page.render);
      const name = page.name;
      expect(outcome, name).toMatchObject({ kind: "redirect", to: expect.stringMatching(/^\/hiring\/sign-in/) });
    }
  });

  it.each(ROLES)("render for %s exactly what the table allows, and are not found otherwise", async (role) => {
    signInAs(role);
    const home = role === "INTERVIEWER" ? "/hiring/interviews" : "/hiring/jobs";
    expect(await visit(render("home")), "/hiring").toEqual({ kind: "redirect", to: home });
    for (const { name, render: visitPage, allowed, redirectsInterviewers } of PAGE_CASES) {
      const outcome = await visit(visitPage);
      if (redirectsInterviewers && role === "INTERVIEWER")
        expect(outcome, `${role} ${name}`).toEqual({ kind: "redirect", to: "/hiring/interviews" });
      else if (allowed(role)) expect(outcome.kind, `${role} ${name}`).toBe("rendered");
      else expect(outcome, `${role} ${name}`).toEqual({ kind: "notFound" });
    }
  });

  it.each(ROLES)("list for %s only the applications of jobs it may see", async (role) => {
    signInAs(role);
    const outcome = await visit(render("applications"));
    const listed = JSON.stringify(outcome.kind === "rendered" ? findProp(outcome.element, "data") : null);
    for (const scope of ["team", "other"] as const)
      expect(listed.includes(apps[scope].id), `${role} ${scope}`).toBe(EXPECT.seesJob(role, scope));
  });

  it.each(ROLES)("show %s eligibility and accommodation answers only if the table allows", async (role) => {
    signInAs(role);
    const outcome = await visit(render("profile", () => ({ applicationId: apps.team.id })));
    if (!EXPECT.seesJob(role, "team")) return expect(outcome.kind).toBe("notFound");
    const view = (outcome.kind === "rendered" ? findProp(outcome.element, "view") : null) as {
      eligibility: unknown;
      accommodation: unknown;
    } | null;
    expect(view, role).not.toBeNull();
    expect(view?.eligibility != null, `${role} eligibility`).toBe(EXPECT.eligibility(role));
    expect(view?.accommodation != null, `${role} accommodation`).toBe(EXPECT.accommodation(role));
  });
});

describe("GET /hiring/applications/[applicationId]/documents/[fileId]", () => {
  const get = (scope: Scope, fileScope: Scope = scope) => {
    const params = { applicationId: apps[scope].id, fileId: apps[fileScope].fileId };
    return documentRoute.GET(
      new NextRequest(`http://localhost/hiring/applications/${params.applicationId}/documents/${params.fileId}`),
      { params: Promise.resolve(params) },
    );
  };

  it("serves resumes only to roles that see the job or sit on its panel, and never another application's file", async () => {
    expect((await get("team")).status).toBe(401);
    for (const role of ROLES) {
      signInAs(role);
      for (const scope of ["team", "other"] as const)
        expect((await get(scope)).status, `${role} ${scope}`).toBe(EXPECT.readsResume(role, scope) ? 200 : 404);
      // A visible application's id with another job's file id.
      expect((await get("team", "other")).status, `${role} crafted`).toBe(404);
    }
  });
});

const snapshot = async () => ({
  applications: await testDb.application.findMany({
    where: { id: { in: [apps.team.id, apps.other.id] } },
    select: { id: true, stageId: true, status: true, version: true },
    orderBy: { id: "asc" },
  }),
  notes: await testDb.note.count({ where: { applicationId: { in: [apps.team.id, apps.other.id] } } }),
  tags: await testDb.applicationTag.findMany({
    where: { applicationId: { in: [apps.team.id, apps.other.id] } },
    select: { applicationId: true, tagId: true },
    orderBy: [{ applicationId: "asc" }, { tagId: "asc" }],
  }),
  candidates: await testDb.candidate.findMany({
    where: { id: { in: [apps.team.candidateId, apps.other.candidateId] } },
    select: { id: true, mergedIntoId: true },
    orderBy: { id: "asc" },
  }),
  jobs: await testDb.job.findMany({
    select: { id: true, title: true, status: true, updatedAt: true },
    orderBy: { id: "asc" },
  }),
  templates: await testDb.emailTemplate.findMany({
    select: { id: true, subject: true, body: true },
    orderBy: { id: "asc" },
  }),
  staff: await testDb.user.findMany({ select: { id: true, role: true, active: true }, orderBy: { id: "asc" } }),
  notification: await testDb.notification.findUniqueOrThrow({
    where: { id: adminNotificationId },
    select: { readAt: true },
  }),
  outbox: await testDb.emailOutbox.count(),
});

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
};
const rejection = () => ({ kind: "WE_REJECTED", reasonId, sendEmail: false, subject: "", body: "" });

/** Every call a forged request could make against one application (ids from `scope`, job from `jobScope`). */
async function applicationCalls(scope: Scope, jobScope: Scope = scope) {
  const { id, candidateId } = apps[scope];
  const jobId = jobs[jobScope].id;
  const { version } = await testDb.application.findUniqueOrThrow({ where: { id }, select: { version: true } });
  const toStageId = jobs[scope].stageIds[1]!;
  return {
    note: () => profileActions.addNoteAction(id, null, form({ body: "Forged note" })),
    tag: () => profileActions.addTagAction(id, null, form({ name: "forged" })),
    untag: async () => {
      const tags = await testDb.applicationTag.findMany({
        where: { applicationId: id },
        select: { tag: { select: { name: true } } },
      });
      return profileActions.removeTagAction(id, tags[0]!.tag.name);
    },
    move: () => boardActions.moveApplicationAction(jobId, { applicationId: id, toStageId, expectedVersion: version }),
    reject: () =>
      boardActions.rejectApplicationAction(jobId, {
        applicationId: id,
        expectedVersion: version,
        rejection: rejection(),
      }),
    bulkMove: () =>
      boardActions.bulkUpdateApplicationsAction(jobId, { operation: "move", applicationIds: [id], toStageId }),
    bulkReject: () =>
      boardActions.bulkUpdateApplicationsAction(jobId, {
        operation: "reject",
        applicationIds: [id],
        rejection: rejection(),
      }),
    bulkTag: () =>
      boardActions.bulkUpdateApplicationsAction(jobId, { operation: "tag", applicationIds: [id], tagName: "forged" }),
    bulkMixed: () =>
      boardActions.bulkUpdateApplicationsAction(jobId, {
        operation: "tag",
        applicationIds: [apps.team.id, apps.other.id],
        tagName: "forged",
      }),
    merge: () =>
      profileActions.mergeCandidatesAction(id, {
        keepCandidateId: candidateId,
        duplicateCandidateId: apps[scope === "team" ? "other" : "team"].candidateId,
      }),
  };
}

async function expectRefused(label: string, calls: Record<string, () => Promise<{ ok: boolean }>>) {
  const before = await snapshot();
  for (const [name, call] of Object.entries(calls))
    expect(await call(), `${label}: ${name}`).toMatchObject({ ok: false });
  expect(await snapshot(), label).toEqual(before);
}

describe("server actions", () => {
  it("refuse a signed-out caller, every one of them", async () => {
    const { merge, ...calls } = await applicationCalls("team");
    await expectRefused("signed out", {
      ...calls,
      merge,
      createJob: () => jobActions.createJobAction({}),
      updateJob: () => jobActions.updateJobAction(jobs.team.id, {}),
      publishJob: () => jobActions.publishJobAction(jobs.team.id),
      closeJob: () => jobActions.closeJobAction(jobs.team.id),
      createTemplate: () => templateActions.createEmailTemplateAction({ name: "x", subject: "x", body: "x" }),
      updateTemplate: () =>
        templateActions.updateEmailTemplateAction(templateId, { name: "x", subject: "x", body: "x" }),
      deleteTemplate: () => templateActions.deleteEmailTemplateAction(templateId),
      invite: () =>
        staffActions.inviteStaffAction({ name: "X", email: `x-${uniqueSuffix()}@example.test`, role: "ADMIN" }),
      changeRole: () => staffActions.changeStaffRoleAction({ userId: users.INTERVIEWER.id, role: "ADMIN" }),
      deactivate: () => staffActions.setStaffActiveAction({ userId: users.ADMIN.id, active: false }),
      readNotification: () => notificationActions.markNotificationReadAction(adminNotificationId),
      readAll: () => notificationActions.markAllNotificationsReadAction(),
    });
  });

  it.each(ROLES)(
    "refuse %s every pipeline change on applications it may not triage, including crafted ids",
    async (role) => {
      signInAs(role);
      for (const scope of ["team", "other"] as const) {
        const { merge, bulkMixed, ...calls } = await applicationCalls(scope);
        if (!EXPECT.triages(role, scope)) await expectRefused(`${role} ${scope}`, calls);
        if (!EXPECT.mergesCandidates(role)) await expectRefused(`${role} merge`, { merge });
        if (!EXPECT.triages(role, "other")) await expectRefused(`${role} bulk with another job's id`, { bulkMixed });
      }
      // A job the actor may see, with an application of a job it may not.
      if (!EXPECT.triages(role, "other")) {
        const { merge: _merge, ...crafted } = await applicationCalls("other", "team");
        await expectRefused(`${role} crafted`, crafted);
      }
    },
  );

  it.each(ROLES)("refuse %s job, template and staff management the table does not allow", async (role) => {
    signInAs(role);
    if (!EXPECT.managesJobsAndTemplates(role)) {
      await expectRefused(`${role} jobs and templates`, {
        createJob: () => jobActions.createJobAction({}),
        updateJob: () => jobActions.updateJobAction(jobs.team.id, {}),
        publishJob: () => jobActions.publishJobAction(jobs.other.id),
        closeJob: () => jobActions.closeJobAction(jobs.team.id),
        createTemplate: () =>
          templateActions.createEmailTemplateAction({ name: `x ${uniqueSuffix()}`, subject: "x", body: "x" }),
        updateTemplate: () =>
          templateActions.updateEmailTemplateAction(templateId, { name: "x", subject: "x", body: "x" }),
        deleteTemplate: () => templateActions.deleteEmailTemplateAction(templateId),
      });
    }
    if (!EXPECT.managesStaff(role)) {
      await expectRefused(`${role} staff`, {
        invite: () =>
          staffActions.inviteStaffAction({ name: "X", email: `x-${uniqueSuffix()}@example.test`, role: "ADMIN" }),
        changeRole: () => staffActions.changeStaffRoleAction({ userId: users[role].id, role: "ADMIN" }),
        deactivate: () => staffActions.setStaffActiveAction({ userId: users.ADMIN.id, active: false }),
      });
    }
  });

  it.each(ROLES.filter((role) => role !== "ADMIN"))(
    "never let %s mark someone else's notification read",
    async (role) => {
      signInAs(role);
      await notificationActions.markNotificationReadAction(adminNotificationId);
      await notificationActions.markAllNotificationsReadAction();
      expect((await snapshot()).notification.readAt).toBeNull();
    },
  );

  it("let the roles the table allows act (so the refusals above are about permission)", async () => {
    for (const role of ["COORDINATOR", "HIRING_MANAGER"] as const) {
      signInAs(role);
      const calls = await applicationCalls("team");
      expect(await calls.note(), role).toMatchObject({ ok: true });
      expect(await calls.tag(), role).toMatchObject({ ok: true });
    }
    signInAs("RECRUITER");
    expect(await (await applicationCalls("other")).bulkTag()).toMatchObject({ ok: true });
    // The forged inputs above are well formed: the same calls succeed for roles that may act.
    signInAs("ADMIN");
    expect(await (await applicationCalls("team")).move()).toMatchObject({ ok: true });
    signInAs("RECRUITER");
    expect(await (await applicationCalls("other")).bulkMove()).toMatchObject({ ok: true });
    signInAs("COORDINATOR");
    expect(await (await applicationCalls("team")).reject()).toMatchObject({ ok: true });
    signInAs("HIRING_MANAGER");
    expect(await (await applicationCalls("team")).untag()).toMatchObject({ ok: true });
    signInAs("RECRUITER");
    expect(await (await applicationCalls("other")).bulkReject()).toMatchObject({ ok: true });
  });
});

describe("export route handlers", () => {
  const exportGet = (route: keyof typeof exportRoutes, query = route === "reports" ? "?report=funnel" : "") =>
    exportRoutes[route].GET(
      new NextRequest(`http://localhost/hiring/${route === "eeoReport" ? "reports/eeo" : route}/export${query}`),
    );
  const allowed: Record<keyof typeof exportRoutes, (role: Role) => boolean> = {
    applications: () => true,
    reports: EXPECT.pipelineReports,
    eeoReport: EXPECT.eeoReport,
  };

  it("refuse a signed-out caller and every role the table does not allow", async () => {
    for (const route of Object.keys(exportRoutes) as (keyof typeof exportRoutes)[])
      expect((await exportGet(route)).status, `signed out ${route}`).toBe(401);
    for (const role of ROLES) {
      signInAs(role);
      for (const route of Object.keys(exportRoutes) as (keyof typeof exportRoutes)[]) {
        const { status } = await exportGet(route);
        if (allowed[route](role)) expect(status, `${role} ${route}`).toBe(200);
        else expect([403, 404], `${role} ${route}`).toContain(status);
      }
    }
  });

  it("export only the applications of jobs the role may see, even when asked for another job", async () => {
    const emails = Object.fromEntries(
      await Promise.all(
        (["team", "other"] as const).map(
          async (scope) =>
            [
              scope,
              (
                await testDb.candidate.findUniqueOrThrow({
                  where: { id: apps[scope].candidateId },
                  select: { email: true },
                })
              ).email,
            ] as const,
        ),
      ),
    ) as Record<Scope, string>;
    for (const role of ROLES) {
      signInAs(role);
      const all = await (await exportGet("applications")).text();
      for (const scope of ["team", "other"] as const)
        expect(all.includes(emails[scope]), `${role} ${scope}`).toBe(EXPECT.seesJob(role, scope));
      const crafted = await exportGet("applications", `?jobId=${jobs.other.id}`);
      if (!EXPECT.seesJob(role, "other"))
        expect((await crafted.text()).includes(emails.other), `${role} crafted jobId`).toBe(false);
    }
  });
});

const rightsSnapshot = async () => ({
  accommodations: await testDb.accommodationRequest.findMany({
    select: { id: true, status: true, panelArrangement: true, updatedAt: true },
    orderBy: { id: "asc" },
  }),
  accommodationNotes: await testDb.accommodationNote.count(),
  interviews: await testDb.interview.findMany({
    select: { id: true, status: true, calendarSequence: true },
    orderBy: { id: "asc" },
  }),
  scorecards: await testDb.scorecard.count(),
  decisions: await testDb.hiringDecision.count(),
  panelSeats: await testDb.interviewPanelist.count(),
  feedbackRules: await testDb.job.findMany({ select: { id: true, feedbackVisibility: true }, orderBy: { id: "asc" } }),
  planItems: await testDb.interviewPlanItem.count(),
  legalTexts: await testDb.formVersion.count(),
  retention: await testDb.organization.findMany({
    select: { id: true, retentionInactiveMonths: true },
    orderBy: { id: "asc" },
  }),
  candidates: await testDb.candidate.findMany({
    where: { id: { in: [apps.team.candidateId, apps.other.candidateId] } },
    select: { id: true, legalHold: true, anonymizedAt: true, firstName: true },
    orderBy: { id: "asc" },
  }),
  savedViews: await testDb.savedView.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
  applications: await testDb.application.findMany({
    where: { id: { in: [apps.team.id, apps.other.id] } },
    select: { id: true, stageId: true, version: true },
    orderBy: { id: "asc" },
  }),
});

async function expectRightsRefused(label: string, calls: Record<string, () => Promise<{ ok: boolean }>>) {
  const before = await rightsSnapshot();
  for (const [name, call] of Object.entries(calls))
    expect(await call(), `${label}: ${name}`).toMatchObject({ ok: false });
  expect(await rightsSnapshot(), label).toEqual(before);
}

// Well formed (a week ahead, a place, a length the form takes), so a refusal is about who may do it.
const forgedInterview = (panelUserIds: string[]) => ({
  title: "Forged interview",
  date: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10),
  time: "10:00",
  durationMinutes: "60",
  timeZone: "UTC",
  location: "Room 4",
  videoUrl: "",
  panelUserIds,
  planItemId: "",
});

/** Every new action a forged request could make; well formed, so a refusal is about permission. */
async function candidateRightsAndInterviewCalls(scope: Scope) {
  // Decided on a fresh application in the pipeline, so a refusal cannot come from its state.
  const undecided = await createApplication(testDb, { jobId: jobs[scope].id });
  const interview = forgedInterview([users.INTERVIEWER.id]);
  const { feedbackVisibility } = await testDb.job.findUniqueOrThrow({
    where: { id: jobs[scope].id },
    select: { feedbackVisibility: true },
  });
  return {
    accommodationNote: () =>
      accommodationActions.addAccommodationNoteAction({ requestId: accommodationIds[scope], body: "Forged note" }),
    accommodationStatus: () =>
      accommodationActions.changeAccommodationStatusAction({
        requestId: accommodationIds[scope],
        from: "NEW",
        to: "IN_DISCUSSION",
      }),
    panelArrangement: () =>
      accommodationActions.setPanelArrangementAction({
        requestId: accommodationIds[scope],
        panelArrangement: "Forged arrangement",
      }),
    schedule: () => interviewActions.scheduleInterviewAction(apps[scope].id, interview as never),
    cancel: () => interviewActions.cancelInterviewAction(interviewId, 0),
    decide: () =>
      decisionActions.recordHiringDecisionAction({
        applicationId: undecided.id,
        expectedVersion: 0,
        kind: "ADVANCE",
        note: "",
        reasonId: "",
        sendEmail: false,
        subject: "",
        body: "",
      }),
    plan: () => interviewPlanActions.saveInterviewPlanAction(jobs[scope].id, { items: [] }),
    // Well formed, and a change of the job's current rule.
    feedbackRule: () =>
      interviewPlanActions.saveInterviewPlanAction(jobs[scope].id, {
        feedbackVisibility: feedbackVisibility === "ALWAYS" ? "NEVER" : "ALWAYS",
        scorecardDueHours: "24",
        items: [],
      }),
    legalText: () =>
      legalTextActions.createLegalTextVersionAction({
        kind: "PRIVACY_NOTICE",
        version: `forged-${uniqueSuffix()}`,
        title: "Forged",
        bodyMarkdown: "Forged",
        questions: [],
        effectiveFrom: "2030-01-01",
      }),
    retention: () => privacyActions.updateRetentionSettingAction({ retentionInactiveMonths: 1 }),
    legalHold: () => privacyActions.setLegalHoldAction({ candidateId: apps[scope].candidateId, legalHold: true }),
    erase: () =>
      privacyActions.eraseCandidateNowAction({ candidateId: apps[scope].candidateId, confirmation: "ERASE" }),
  };
}

describe("interview, decision, accommodation, legal-text and privacy actions", () => {
  it("refuse a signed-out caller, every one of them", async () => {
    await expectRightsRefused("signed out", {
      ...(await candidateRightsAndInterviewCalls("team")),
      scorecard: () => scorecardActions.saveScorecardDraftAction(interviewId, {}),
      saveView: () => savedViewActions.saveViewAction({ name: "Forged", shared: false, jobId: null, query: "" }),
    });
  });

  it.each(ROLES)("refuse %s every one the table does not allow, including another job's ids", async (role) => {
    signInAs(role);
    for (const scope of ["team", "other"] as const) {
      const calls = await candidateRightsAndInterviewCalls(scope);
      const refused: Record<string, () => Promise<{ ok: boolean }>> = {};
      if (!EXPECT.accommodation(role))
        Object.assign(refused, {
          accommodationNote: calls.accommodationNote,
          accommodationStatus: calls.accommodationStatus,
          panelArrangement: calls.panelArrangement,
        });
      if (!EXPECT.schedulesInterviews(role))
        Object.assign(refused, { schedule: calls.schedule, cancel: calls.cancel, plan: calls.plan });
      if (!EXPECT.changesFeedbackRule(role)) refused.feedbackRule = calls.feedbackRule;
      // Nobody seats themselves: the schedulers are on no hiring team (a candidate still in the pipeline, so that is the reason).
      const active = await createApplication(testDb, { jobId: jobs[scope].id });
      refused.scheduleSelf = () =>
        interviewActions.scheduleInterviewAction(active.id, forgedInterview([users[role].id]));
      if (!EXPECT.decides(role, scope)) refused.decide = calls.decide;
      if (!EXPECT.legalAndPrivacy(role))
        Object.assign(refused, {
          legalText: calls.legalText,
          retention: calls.retention,
          legalHold: calls.legalHold,
          erase: calls.erase,
        });
      await expectRightsRefused(`${role} ${scope}`, refused);
    }
    // A scorecard is written only from a panel seat: nobody but the interviewer sits on this one.
    if (role !== "INTERVIEWER")
      await expectRightsRefused(`${role} scorecard`, {
        scorecard: () =>
          scorecardActions.saveScorecardDraftAction(interviewId, {
            version: 0,
            recommendation: null,
            keyTakeaways: "Forged",
            privateNotes: "",
            ratings: [],
          }),
      });
  });

  it("never let one person rename or delete another's saved view", async () => {
    signInAs("ADMIN");
    const saved = await savedViewActions.saveViewAction({
      name: `Mine ${uniqueSuffix()}`,
      shared: false,
      jobId: null,
      query: "",
    });
    expect(saved).toMatchObject({ ok: true });
    const viewId = (
      await testDb.savedView.findFirstOrThrow({
        where: { ownerId: users.ADMIN.id },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true },
      })
    ).id;
    for (const role of ROLES.filter((each) => each !== "ADMIN")) {
      signInAs(role);
      await expectRightsRefused(`${role} saved view`, {
        rename: () => savedViewActions.renameViewAction(viewId, { name: "Forged" }),
        remove: () => savedViewActions.deleteViewAction(viewId),
      });
    }
  });

  it("let the roles the table allows act (so the refusals above are about permission)", async () => {
    signInAs("COORDINATOR");
    const noted = await (await candidateRightsAndInterviewCalls("other")).accommodationNote();
    expect(noted, JSON.stringify(noted)).toMatchObject({ ok: true });
    signInAs("HIRING_MANAGER");
    const decided = await (await candidateRightsAndInterviewCalls("team")).decide();
    expect(decided, JSON.stringify(decided)).toMatchObject({ ok: true });
    signInAs("ADMIN");
    const held = await (await candidateRightsAndInterviewCalls("team")).legalHold();
    expect(held, JSON.stringify(held)).toMatchObject({ ok: true });
    signInAs("RECRUITER");
    const rule = await (await candidateRightsAndInterviewCalls("other")).feedbackRule();
    expect(rule, JSON.stringify(rule)).toMatchObject({ ok: true });
    // A coordinator schedules the team job's interviewer (on its hiring team) for a candidate still in the pipeline.
    signInAs("COORDINATOR");
    const active = await createApplication(testDb, { jobId: jobs.team.id });
    const scheduled = await interviewActions.scheduleInterviewAction(
      active.id,
      forgedInterview([users.INTERVIEWER.id]),
    );
    expect(scheduled, JSON.stringify(scheduled)).toMatchObject({ ok: true });
  });
});
