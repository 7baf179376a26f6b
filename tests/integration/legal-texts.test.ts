// Admins add versions of the legal texts; the application form takes the version in force on
// its next request (no deploy, no cache) and every answer keeps the id of the version it saw.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applyToJob } from "@/lib/submissions/apply-to-job";
import { currentLegalVersionIds } from "@/lib/submissions/form-context";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { buildApplicationFormSchema } from "@/lib/submissions/schema";
import { AppError } from "@/lib/errors";
import type { FormKind } from "@/lib/generated/prisma/enums";
import { getCurrentFormVersions } from "@/lib/legal/current-form-versions";
import { createLegalTextVersion } from "@/lib/legal-texts/create-legal-text-version";
import { listLegalTexts } from "@/lib/legal-texts/list-legal-texts";
import { newLegalTextSchema, type NewLegalTextValues } from "@/lib/legal-texts/schema";
import { actorFor, createJob, ensureLegalForms, uniqueSuffix, type CreatedJob } from "../factories";
import { validApplicationPayload } from "../support/application-payload";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { testDb } from "../support/db";
import { findProp, visitPage } from "../support/staff-page-visit";
import { nextRequest } from "../support/next-request";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { staffOfEveryRole } from "../support/staff-sessions";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;
process.env.STORAGE_DIR = await mkdtemp(path.join(tmpdir(), "trellis-legal-texts-"));

const listPage = await import("@/app/(hiring)/hiring/legal-texts/page");
const newPage = await import("@/app/(hiring)/hiring/legal-texts/new/page");
const actions = await import("@/app/(hiring)/hiring/legal-texts/actions");

const ROLES = STAFF_ROLES;
const { users, sessions } = staffOfEveryRole();
const tag = uniqueSuffix();
let job: CreatedJob;
// The versions in force before this file, restored afterwards: later test files expect the seed's.
let before: Map<FormKind, string>;

const DISABILITY_V2_QUESTIONS = [
  {
    key: "disability",
    prompt: "Do you have a disability? (2029 form)",
    options: [
      { value: "YES", label: "Yes, I have a disability (or previously had a disability)" },
      { value: "NO", label: "No, I don't have a disability" },
      { value: "DECLINE", label: "I don't wish to answer" },
    ],
  },
];

const values = (overrides: Partial<NewLegalTextValues> = {}): NewLegalTextValues => ({
  kind: "SELF_ID_DISABILITY",
  language: "en",
  version: `v-${tag}-${uniqueSuffix()}`,
  title: "Voluntary Self-Identification of Disability",
  bodyMarkdown: "**Form CC-305**, renewed.",
  questionsJson: JSON.stringify(DISABILITY_V2_QUESTIONS),
  ombNumber: "1250-0005",
  ombExpiresOn: "2029-04-30",
  effective: "now",
  effectiveOn: "",
  ...overrides,
});
const admin = () => actorFor(users.ADMIN);
const create = (overrides: Partial<NewLegalTextValues> = {}, now?: Date, actor = admin()) =>
  createLegalTextVersion({ actor, input: newLegalTextSchema.parse(values(overrides)), now });
const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as AppError,
  );
const ALL_KINDS: FormKind[] = ["SELF_ID_DISABILITY", "SELF_ID_GENDER", "WORK_AUTHORIZATION"];

beforeAll(async () => {
  await ensureLegalForms(testDb);
  job = await createJob(testDb);
  before = new Map([...(await getCurrentFormVersions(ALL_KINDS))].map(([kind, form]) => [kind, form.id]));
});

afterAll(async () => {
  // Self-identification rows point at versions by id only (no foreign key): drop this file's.
  const created = {
    in: (
      await testDb.formVersion.findMany({ where: { version: { startsWith: `v-${tag}` } }, select: { id: true } })
    ).map((version) => version.id),
  };
  const mine = { OR: [{ disabilityVersionId: created }, { genderVersionId: created }] };
  await testDb.selfIdentificationPending.deleteMany({ where: mine });
  await testDb.selfIdentificationResponse.deleteMany({ where: mine });
  await testDb.formVersion.deleteMany({ where: { version: { startsWith: `v-${tag}` } } });
  await testDb.formVersion.updateMany({ where: { id: { in: [...before.values()] } }, data: { effectiveTo: null } });
});

beforeEach(() => {
  nextRequest.cookie = "";
});

describe("a new version of a legal text", () => {
  it("ends the current version when it takes effect, and is the one listed as in force", async () => {
    const previousId = before.get("SELF_ID_DISABILITY")!;
    const { id } = await create({ version: `v-${tag}-now` });
    const created = await testDb.formVersion.findUniqueOrThrow({ where: { id } });
    const previous = await testDb.formVersion.findUniqueOrThrow({ where: { id: previousId } });
    expect(previous.effectiveTo).toEqual(created.effectiveFrom);
    expect(created).toMatchObject({
      effectiveTo: null,
      ombNumber: "1250-0005",
      ombExpiresOn: new Date("2029-04-30T00:00:00Z"),
      questions: DISABILITY_V2_QUESTIONS,
    });

    const group = (await listLegalTexts({ actor: admin() })).find(
      (candidate) => candidate.kind === "SELF_ID_DISABILITY",
    )!;
    expect(group.versions.map((version) => [version.id, version.status])).toEqual(
      expect.arrayContaining([
        [id, "current"],
        [previousId, "retired"],
      ]),
    );
    expect(group.versions.filter((version) => version.status === "current")).toHaveLength(1);

    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { action: "legalText.created", subjectId: id } });
    expect(audit).toMatchObject({
      actorId: users.ADMIN.id,
      subjectType: "legalText",
      metadata: expect.objectContaining({ kind: "SELF_ID_DISABILITY", version: `v-${tag}-now` }),
    });
  });

  it("is what the application form shows and validates on its next request, and each answer keeps its id", async () => {
    const current = (await getCurrentFormVersions(["SELF_ID_DISABILITY"])).get("SELF_ID_DISABILITY")!;
    expect(current.version).toBe(`v-${tag}-now`);
    const context = await loadApplicationFormContext({ id: job.id });
    expect(context.selfId?.forms.disability).toMatchObject({
      id: current.id,
      ombExpiresOn: "2029-04-30",
      questions: DISABILITY_V2_QUESTIONS,
    });
    expect(currentLegalVersionIds(context).selfId).toContain(current.id);

    // A form opened before the change names the old version: refused, the candidate reloads.
    const stale = validApplicationPayload(context);
    (stale.legalVersions as { selfId: string[] }).selfId = [
      ...currentLegalVersionIds(context).selfId.filter((id) => id !== current.id),
      before.get("SELF_ID_DISABILITY")!,
    ];
    expect((await errorOf(applyToJob({ job: { id: job.id }, payload: stale, source: "CAREERS_SITE" })))?.code).toBe(
      "FORM_OUTDATED",
    );

    const payload = validApplicationPayload(context, { selfIdentification: { disability: "YES" } });
    expect(
      buildApplicationFormSchema(context).safeParse({ ...payload, selfIdentification: { disability: "NOT_AN_OPTION" } })
        .success,
    ).toBe(false);
    await applyToJob({ job: { id: job.id }, payload, source: "CAREERS_SITE" });
    // The answer names no job: the new version, which only this test's application was shown, finds it.
    const byVersion = {
      where: { disabilityVersionId: current.id },
      select: { disabilityStatus: true, disabilityVersionId: true },
    };
    const stored = [
      ...(await testDb.selfIdentificationPending.findMany(byVersion)),
      ...(await testDb.selfIdentificationResponse.findMany(byVersion)),
    ];
    expect(stored).toEqual([{ disabilityStatus: "YES", disabilityVersionId: current.id }]);
  });

  it("can be scheduled for a later day: the current one stays in force until then", async () => {
    const currentId = before.get("SELF_ID_GENDER")!;
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const genderQuestions = JSON.stringify([
      {
        key: "gender",
        prompt: "Gender",
        options: [
          { value: "WOMAN", label: "Woman" },
          { value: "MAN", label: "Man" },
          { value: "DECLINE", label: "Decline" },
        ],
      },
    ]);
    const { id } = await create({
      kind: "SELF_ID_GENDER",
      version: `v-${tag}-later`,
      questionsJson: genderQuestions,
      effective: "scheduled",
      effectiveOn: tomorrow,
    });
    const start = new Date(`${tomorrow}T00:00:00Z`);
    expect((await getCurrentFormVersions(["SELF_ID_GENDER"])).get("SELF_ID_GENDER")?.id).toBe(currentId);
    expect(
      (await getCurrentFormVersions(["SELF_ID_GENDER"], { now: new Date(start.getTime() + 1) })).get("SELF_ID_GENDER")
        ?.id,
    ).toBe(id);
    expect((await testDb.formVersion.findUniqueOrThrow({ where: { id: currentId } })).effectiveTo).toEqual(start);
    const group = (await listLegalTexts({ actor: admin() })).find((candidate) => candidate.kind === "SELF_ID_GENDER")!;
    expect(group.versions.find((version) => version.id === id)?.status).toBe("scheduled");
    expect(group.versions.find((version) => version.id === currentId)?.status).toBe("current");

    // One scheduled version at a time keeps the timeline a single line.
    const second = await errorOf(
      create({ kind: "SELF_ID_GENDER", version: `v-${tag}-later2`, questionsJson: genderQuestions }),
    );
    expect(second?.fieldErrors).toHaveProperty("effectiveOn");
  });

  it("refuses a taken label, questions whose stored values would change meaning, and a day in the past", async () => {
    expect((await errorOf(create({ version: `v-${tag}-now` })))?.fieldErrors).toEqual({
      version: [expect.any(String)],
    });
    const workAuthorization = JSON.stringify([
      {
        key: "authorizedToWork",
        prompt: "Authorized?",
        options: [
          { value: "YES", label: "Yes" },
          { value: "MAYBE", label: "Maybe" },
        ],
      },
      {
        key: "requiresSponsorship",
        prompt: "Sponsorship?",
        options: [
          { value: "YES", label: "Yes" },
          { value: "NO", label: "No" },
        ],
      },
    ]);
    const refused = await errorOf(create({ kind: "WORK_AUTHORIZATION", questionsJson: workAuthorization }));
    expect(refused?.fieldErrors?.questionsJson).toEqual([expect.stringMatching(/authorizedToWork/)]);
    const noDecline = await errorOf(
      create({ questionsJson: JSON.stringify([{ key: "d", prompt: "D", options: [{ value: "YES", label: "Yes" }] }]) }),
    );
    expect(noDecline?.fieldErrors?.questionsJson).toEqual([expect.stringMatching(/DECLINE/)]);
    // Validated "after today" when the form was read, saved a day later: the server checks again.
    const late = await errorOf(
      create(
        { effective: "scheduled", effectiveOn: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) },
        new Date(Date.now() + 3 * 86_400_000),
      ),
    );
    expect(late?.fieldErrors).toHaveProperty("effectiveOn");
    expect((await getCurrentFormVersions(["WORK_AUTHORIZATION"])).get("WORK_AUTHORIZATION")?.id).toBe(
      before.get("WORK_AUTHORIZATION"),
    );
  });

  it("is never edited: the only change the staff area offers is a new version", () => {
    expect(Object.keys(actions)).toEqual(["createLegalTextVersionAction"]);
  });
});

describe("who may manage legal texts", () => {
  it.each(ROLES)("%s: the pages, the action and the domain functions agree with the role table", async (role) => {
    nextRequest.cookie = `authjs.session-token=${sessions[role]}`;
    const list = await visitPage(listPage);
    const form = await visitPage(newPage, { kind: "SELF_ID_VETERAN", language: "en" });
    const countBefore = await testDb.formVersion.count({ where: { kind: "SELF_ID_VETERAN" } });
    const result = await actions.createLegalTextVersionAction(
      values({ kind: "SELF_ID_VETERAN", version: `v-${tag}-${role}`, questionsJson: "[]" }),
    );
    const listed = await errorOf(listLegalTexts({ actor: actorFor(users[role]) }));
    if (role === "ADMIN") {
      expect(list.kind).toBe("rendered");
      expect(form.kind).toBe("rendered");
      expect(findProp(form.kind === "rendered" ? form.element : null, "initialValues")).toMatchObject({
        kind: "SELF_ID_VETERAN",
        title: expect.any(String),
      });
      // An empty question list breaks the one-question rule: refused with the field named.
      expect(result).toMatchObject({ ok: false, fieldErrors: { questionsJson: [expect.any(String)] } });
      expect(listed).toBeNull();
    } else {
      expect(list).toEqual({ kind: "notFound" });
      expect(form).toEqual({ kind: "notFound" });
      expect(result).toMatchObject({ ok: false, message: "You do not have permission to do that." });
      expect(listed?.code).toBe("FORBIDDEN");
      expect((await errorOf(create({ version: `v-${tag}-${role}` }, undefined, actorFor(users[role]))))?.code).toBe(
        "FORBIDDEN",
      );
    }
    expect(await testDb.formVersion.count({ where: { kind: "SELF_ID_VETERAN" } })).toBe(countBefore);
  });

  it("finds no form for an unknown kind", async () => {
    nextRequest.cookie = `authjs.session-token=${sessions.ADMIN}`;
    expect(await visitPage(newPage, { kind: "toString", language: "en" })).toEqual({ kind: "notFound" });
  });
});
