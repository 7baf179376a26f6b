import { beforeAll, describe, expect, it } from "vitest";
import { queryApplications } from "@/lib/applications-table/query-applications";
import { parseApplicationsView } from "@/lib/applications-table/view-schema";
import { refreshApplicationSearchText } from "@/lib/search/search-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  actorFor,
  createApplication,
  createJob,
  createStaffUser,
  sampleAnswer,
  SAMPLE_QUESTIONS,
  uniqueSuffix,
  type CreateApplicationOptions,
  type CreatedJob,
  type StaffUser,
} from "../factories";
import { testDb } from "../support/db";

let job: CreatedJob;
let otherJob: CreatedJob;
let recruiter: StaffUser;
let manager: StaffUser;
let interviewer: StaffUser;
let tagId: number;
const ids: Record<string, string> = {};
const marker = `mk${uniqueSuffix()}`;

const question = (label: string) => job.questions.find((q) => q.label === label)!;
const option = (label: string, optionLabel: string) => question(label).options.find((o) => o.label === optionLabel)!.id;

/** Sample answers to every question, with some replaced (by question label). */
function answers(overrides: Record<string, Prisma.InputJsonValue> = {}): Record<number, Prisma.InputJsonValue> {
  return Object.fromEntries(job.questions.map((q) => [q.id, overrides[q.label] ?? sampleAnswer(q)]));
}

async function addApplication(key: string, options: CreateApplicationOptions & { resumeText?: string; note?: string }) {
  const { resumeText, note, ...rest } = options;
  const resume = resumeText
    ? await testDb.storedFile.create({
        data: {
          storageKey: `test/${uniqueSuffix()}`,
          purpose: "RESUME",
          fileName: "resume.pdf",
          contentType: "application/pdf",
          byteSize: 1,
          sha256: "0",
          extractedText: resumeText,
        },
      })
    : null;
  const application = await createApplication(testDb, {
    jobId: job.id,
    answers: answers(),
    workAuthorization: true,
    exportControl: true,
    accommodation: true,
    ...rest,
    overrides: { ...rest.overrides, ...(resume && { resumeFileId: resume.id }) },
  });
  if (note) await testDb.note.create({ data: { applicationId: application.id, authorId: recruiter.id, body: note } });
  await refreshApplicationSearchText(testDb, application.id);
  ids[key] = application.id;
}

const day = (date: string) => new Date(`${date}T12:00:00.000Z`);

beforeAll(async () => {
  job = await createJob(testDb, { questions: [...SAMPLE_QUESTIONS] });
  otherJob = await createJob(testDb, { questions: [...SAMPLE_QUESTIONS] });
  recruiter = await createStaffUser(testDb, { role: "RECRUITER" });
  manager = await createStaffUser(testDb, { role: "HIRING_MANAGER" });
  interviewer = await createStaffUser(testDb, { role: "INTERVIEWER" });
  await testDb.hiringTeamMember.createMany({
    data: [
      { jobId: job.id, userId: manager.id, role: "HIRING_MANAGER" },
      { jobId: job.id, userId: interviewer.id, role: "INTERVIEWER" },
    ],
  });
  tagId = (await testDb.tag.create({ data: { name: `Strong ${uniqueSuffix()}` } })).id;

  await addApplication("ada", {
    candidate: { firstName: "Ada", lastName: "Lovelace" },
    submittedAt: day("2026-01-05"),
    resumeText: `Analytical engine programmer ${marker}; Rust, WebAssembly and V8 internals`,
    answers: answers({
      "Preferred team": option("Preferred team", "Storage"),
      "Which programming language do you know best?": "OCaml",
    }),
  });
  await addApplication("grace", {
    candidate: { firstName: "Grace", lastName: "Hopper", preferredName: "Amazing" },
    stageName: "Recruiter screen",
    source: "REFERRAL",
    submittedAt: day("2026-01-10"),
    answers: answers({ "Can you work in a US time zone?": "NO", "Years of professional experience": 30 }),
    overrides: { lastActivityAt: day("2026-03-01") },
  });
  await addApplication("linus", {
    candidate: { firstName: "Linus", lastName: "Torvalds", email: `linus.${marker}@kernel.example` },
    status: "REJECTED",
    source: "JOB_BOARD_API",
    submittedAt: day("2026-01-15"),
  });
  await addApplication("barbara", {
    candidate: { firstName: "Barbara", lastName: "Liskov" },
    stageName: "Onsite panel",
    status: "HIRED",
    source: "AGENCY",
    submittedAt: day("2026-01-20"),
    note: `Great systems thinker, ask about ${marker} next`,
    answers: answers({ "Which of these have you used?": [option("Which of these have you used?", "Postgres")] }),
  });
  await addApplication("dennis", {
    candidate: { firstName: "Dennis", lastName: "Ritchie" },
    submittedAt: day("2026-01-25"),
    resumeText: "Improved throughput by 40% using io_uring; builds in C:\\src\\unix",
  });
  await testDb.applicationTag.create({ data: { applicationId: ids.ada!, tagId } });
  // Same person, other job: the manager's jobs do not include it.
  await addApplication("adaElsewhere", {
    jobId: otherJob.id,
    candidate: { firstName: "Ada", lastName: `Other ${marker}` },
    answers: {},
  });
});

async function query(params: Record<string, string | string[]>, user: StaffUser = recruiter) {
  return queryApplications({ actor: actorFor(user), view: parseApplicationsView(params) });
}
const names = (page: { rows: { candidate: { name: string } }[] }) => page.rows.map((row) => row.candidate.name);
async function idsOf(params: Record<string, string | string[]>, user?: StaffUser) {
  const page = await query({ jobId: String(job.id), pageSize: "100", ...params }, user);
  const byId = Object.fromEntries(Object.entries(ids).map(([key, id]) => [id, key]));
  return page.rows.map((row) => byId[row.id]).sort();
}

describe("queryApplications: filters", () => {
  it("lists one job's applications, newest first, with the columns the table shows and nothing sensitive", async () => {
    const page = await query({ jobId: String(job.id) });
    expect(names(page)).toEqual([
      "Dennis Ritchie",
      "Barbara Liskov",
      "Linus Torvalds",
      "Amazing Hopper",
      "Ada Lovelace",
    ]);
    expect(page).toMatchObject({ total: 5, page: 1, pageSize: 25, pageCount: 1 });
    const ada = page.rows.at(-1)!;
    expect(Object.keys(ada).sort()).toEqual([
      "appliedAt",
      "candidate",
      "id",
      "job",
      "knockedOut",
      "lastActivityAt",
      "locale",
      "reference",
      "source",
      "stage",
      "status",
      "tags",
      "version",
    ]);
    expect(Object.keys(ada.candidate).sort()).toEqual([
      "email",
      "firstName",
      "id",
      "lastName",
      "name",
      "preferredName",
    ]);
    expect(ada).toMatchObject({
      job: { id: job.id, title: job.title },
      stage: { name: "Applied" },
      tags: [{ id: tagId }],
    });
    expect(JSON.stringify(page)).not.toMatch(
      /accommodation|screen reader|authorizedToWork|canReceiveWithoutLicense|selfId/i,
    );
  });

  it("gives each row its own tags, by name whatever order they were added in", async () => {
    // The rows' tags are read for the whole page at once: each must keep its own, in name order.
    const suffix = uniqueSuffix();
    const later = await testDb.tag.create({ data: { name: `B order ${suffix}` } });
    const earlier = await testDb.tag.create({ data: { name: `A order ${suffix}` } });
    for (const [key, tag] of [
      ["dennis", later],
      ["dennis", earlier],
      ["linus", later],
    ] as const)
      await testDb.applicationTag.create({ data: { applicationId: ids[key]!, tagId: tag.id } });
    const page = await query({ jobId: String(job.id) });
    const tagsOf = (key: string) => page.rows.find((row) => row.id === ids[key])!.tags.map((tag) => tag.name);
    expect(tagsOf("dennis")).toEqual([earlier.name, later.name]);
    expect(tagsOf("linus")).toEqual([later.name]);
    expect(tagsOf("grace")).toEqual([]);
  });

  it("filters by stage id, stage name, status and source", async () => {
    const screen = job.stages.find((stage) => stage.name === "Recruiter screen")!;
    expect(await idsOf({ stage: [String(screen.id)] })).toEqual(["grace"]);
    expect(await idsOf({ stageName: ["Onsite panel", "Recruiter screen"] })).toEqual(["barbara", "grace"]);
    expect(await idsOf({ status: ["rejected", "hired"] })).toEqual(["barbara", "linus"]);
    expect(await idsOf({ source: "job-board-api" })).toEqual(["linus"]);
    expect(await idsOf({ status: "active", source: "careers-site" })).toEqual(["ada", "dennis"]);
  });

  it("filters by tag and by applied date range (the end day included)", async () => {
    expect(await idsOf({ tag: String(tagId) })).toEqual(["ada"]);
    expect(await idsOf({ appliedFrom: "2026-01-10", appliedTo: "2026-01-15" })).toEqual(["grace", "linus"]);
    expect(await idsOf({ appliedFrom: "2026-01-21" })).toEqual(["dennis"]);
  });

  it("filters by the answer to a question of every type", async () => {
    const by = async (label: string, answer: string) => idsOf({ question: String(question(label).id), answer });
    expect(await by("Can you work in a US time zone?", "no")).toEqual(["grace"]);
    expect(await by("Preferred team", String(option("Preferred team", "Storage")))).toEqual(["ada"]);
    expect(await by("Preferred team", "storage")).toEqual(["ada"]);
    expect(
      await by("Which of these have you used?", String(option("Which of these have you used?", "Postgres"))),
    ).toEqual(["barbara"]);
    expect(await by("Years of professional experience", "30")).toEqual(["grace"]);
    expect(await by("Which programming language do you know best?", "ocaml")).toEqual(["ada"]);
    expect(await by("Which programming language do you know best?", "%")).toEqual([]);
    expect(await by("Years of professional experience", "thirty")).toEqual([]);
    // A question of a job the viewer cannot see matches nothing.
    expect(await idsOf({ question: String(otherJob.questions[0]!.id), answer: "C++" }, manager)).toEqual([]);
  });
});

describe("queryApplications: search", () => {
  it("finds by name, preferred name, email, resume text and note text, case- and accent-insensitively", async () => {
    expect(await idsOf({ q: "LOVELACE" })).toEqual(["ada"]);
    expect(await idsOf({ q: "amazing" })).toEqual(["grace"]);
    expect(await idsOf({ q: "kernel.example" })).toEqual(["linus"]);
    expect(await idsOf({ q: "webassembly v8" })).toEqual(["ada"]);
    expect(await idsOf({ q: "systems thinker" })).toEqual(["barbara"]);
    expect(await idsOf({ q: "Lóvelace" })).toEqual(["ada"]);
    expect(await idsOf({ q: marker })).toEqual(["ada", "barbara", "linus"]);
    expect(await idsOf({ q: "lovelace hopper" })).toEqual([]);
  });

  it("finds a reference, or part of a name or email, but none of an erased person", async () => {
    const { reference } = await testDb.application.findUniqueOrThrow({
      where: { id: ids.linus! },
      select: { reference: true },
    });
    expect(await idsOf({ q: reference.toLowerCase() })).toEqual(["linus"]);
    expect(await idsOf({ q: reference.slice(0, 8) })).toContain("linus");
    expect(await idsOf({ q: `torv ${marker.slice(0, 5)}` })).toEqual(["linus"]);
    expect(await idsOf({ q: `linus.${marker}` })).toEqual(["linus"]);

    const erased = await createApplication(testDb, {
      jobId: otherJob.id,
      candidate: { firstName: "Erased", lastName: `Person${marker}` },
      answers: {},
    });
    await testDb.candidate.update({ where: { id: erased.candidateId }, data: { anonymizedAt: new Date() } });
    await refreshApplicationSearchText(testDb, erased.id);
    for (const q of [`person${marker}`, erased.reference, "erased"]) {
      expect(
        (await query({ q })).rows.map((row) => row.id),
        q,
      ).not.toContain(erased.id);
    }
  });

  it("searches across jobs for a recruiter", async () => {
    const page = await query({ q: marker });
    expect(page.total).toBe(4);
    expect(page.rows.map((row) => row.job.id).sort()).toEqual([job.id, job.id, job.id, otherJob.id].sort());
  });

  it("counts a search's matches up to a cap, then says there are more", async () => {
    const view = parseApplicationsView({ jobId: String(job.id), q: marker, pageSize: "1" });
    const capped = await queryApplications({ actor: actorFor(recruiter), view }, { searchCountCap: 2 });
    expect(capped).toMatchObject({ total: 2, totalIsLowerBound: true, pageCount: 2 });
    expect(capped.rows).toHaveLength(1);
    expect(await queryApplications({ actor: actorFor(recruiter), view }, { searchCountCap: 3 })).toMatchObject({
      total: 3,
      totalIsLowerBound: false,
    });
  });

  it("treats SQL and LIKE syntax as plain text", async () => {
    expect(await idsOf({ q: "' OR 1=1 --" })).toEqual([]);
    expect(await idsOf({ q: 'x\'); DROP TABLE "Application"; --' })).toEqual([]);
    expect(await idsOf({ q: "%" })).toEqual(["dennis"]);
    expect(await idsOf({ q: "_" })).toEqual(["dennis"]);
    expect(await idsOf({ q: "\\" })).toEqual(["dennis"]);
    expect(await idsOf({ q: "40%" })).toEqual(["dennis"]);
    expect(await idsOf({ q: "io_uring" })).toEqual(["dennis"]);
    // Resume and note text is searched by whole words (docs/decisions/0019-search-words-index.md):
    // a fragment of one finds nothing there, while a fragment of a name or email still does.
    expect(await idsOf({ q: "io_u" })).toEqual([]);
    expect(await idsOf({ q: "io_uring throughp" })).toEqual([]);
    expect(await idsOf({ q: "ritch" })).toEqual(["dennis"]);
    expect(await idsOf({ q: "%%" })).toEqual([]);
    expect(await testDb.application.count({ where: { jobId: job.id } })).toBe(5);
  });
});

describe("queryApplications: sort and pagination", () => {
  it("sorts by name, stage, last activity and applied date, both ways", async () => {
    expect(names(await query({ jobId: String(job.id), sort: "name", dir: "asc" }))).toEqual([
      "Amazing Hopper",
      "Barbara Liskov",
      "Ada Lovelace",
      "Dennis Ritchie",
      "Linus Torvalds",
    ]);
    // Stage order, newest first within a stage.
    expect(names(await query({ jobId: String(job.id), sort: "stage", dir: "asc" }))).toEqual([
      "Dennis Ritchie",
      "Linus Torvalds",
      "Ada Lovelace",
      "Amazing Hopper",
      "Barbara Liskov",
    ]);
    expect(names(await query({ jobId: String(job.id), sort: "lastActivity", dir: "desc" }))[0]).toBe("Amazing Hopper");
    expect(names(await query({ jobId: String(job.id), sort: "appliedAt", dir: "asc" }))[0]).toBe("Ada Lovelace");
  });

  it("pages on the server with the total count", async () => {
    const pages = await Promise.all(
      [1, 2, 3, 4].map((page) =>
        query({ jobId: String(job.id), pageSize: "2", page: String(page), sort: "name", dir: "asc" }),
      ),
    );
    expect(pages.map((page) => page.rows.length)).toEqual([2, 2, 1, 0]);
    expect(pages.every((page) => page.total === 5 && page.pageCount === 3)).toBe(true);
    expect(pages.flatMap(names)).toEqual([
      "Amazing Hopper",
      "Barbara Liskov",
      "Ada Lovelace",
      "Dennis Ritchie",
      "Linus Torvalds",
    ]);
  });
});

describe("queryApplications: who sees what", () => {
  it("shows a hiring manager the applications of their jobs only", async () => {
    const all = await query({ pageSize: "100" }, manager);
    expect(all.total).toBe(5);
    expect(all.rows.every((row) => row.job.id === job.id)).toBe(true);
    expect((await query({ jobId: String(otherJob.id) }, manager)).total).toBe(0);
    expect((await query({ q: marker }, manager)).total).toBe(3);
  });

  it("shows an interviewer no pipeline at all, even of a job whose panel they are on", async () => {
    expect((await query({}, interviewer)).total).toBe(0);
    expect((await query({ jobId: String(job.id) }, interviewer)).rows).toEqual([]);
  });
});
