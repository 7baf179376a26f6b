// Issue 12, finding 2: a merge joins two records a recruiter believes are one person. A status
// link still reaches only the application it was issued for and the data of the person who
// applied with that address: a look-alike (same name, the other's public LinkedIn URL) whose
// record is merged with someone else's cannot read, re-send or erase the other's data. Merging
// replaces every link and sends the new one to the address each application was made with.
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { getApplicationStatusByToken } from "@/lib/candidate-rights/get-application-status";
import { exportCandidateData } from "@/lib/candidate-rights/export-candidate-data";
import { listOwnApplications } from "@/lib/candidate-rights/list-own-applications";
import { requestErasure } from "@/lib/candidate-rights/request-erasure";
import { resendStatusLinks } from "@/lib/candidate-rights/resend-status-links";
import { withdrawApplication } from "@/lib/candidate-rights/withdraw-application";
import { findProbableDuplicates } from "@/lib/candidates/find-probable-duplicates";
import { mergeCandidates } from "@/lib/candidates/merge-candidates";
import { eraseCandidate } from "@/lib/privacy/erase-candidate";
import type { Actor } from "@/lib/auth/actor";
import { actorFor, createJob, createStaffUser, ensureLegalForms, SAMPLE_QUESTIONS, uniqueSuffix } from "../factories";
import { testDb } from "../support/db";
import { applyAs, tokenDelivered, uniquePerson, type Applicant } from "../support/status-link";

let recruiter: Actor;
let jobs: number[];

beforeAll(async () => {
  await ensureLegalForms(testDb);
  recruiter = actorFor(await createStaffUser(testDb, { role: "RECRUITER" }));
  jobs = [
    (await createJob(testDb, { questions: [...SAMPLE_QUESTIONS] })).id,
    (await createJob(testDb, { questions: [...SAMPLE_QUESTIONS] })).id,
  ];
});

type Person = Applicant & { token: string };

async function applyAndReadLink(jobId: number, fields: Record<string, unknown>): Promise<Person> {
  const applicant = await applyAs(jobId, fields);
  return { ...applicant, token: await tokenDelivered(applicant.confirmationEmailId) };
}

/** Someone, and a look-alike who copied their name and public LinkedIn URL, each with their own address and phone. */
async function lookAlikes() {
  const victim = uniquePerson("Margaret");
  const handle = `margaret-${uniqueSuffix()}`;
  const victimDetails = {
    ...victim,
    phone: "+1 617 555 0199",
    location: "Boston, MA, USA",
    pronouns: "she/her",
    linkedinUrl: `https://www.linkedin.com/in/${handle}`,
    githubUrl: `https://github.com/${handle}-code`,
    websiteUrl: `https://${handle}.example.org`,
  };
  const real = await applyAndReadLink(jobs[0]!, victimDetails);
  const copy = await applyAndReadLink(jobs[1]!, {
    ...uniquePerson("Margaret"),
    firstName: victim.firstName,
    lastName: victim.lastName,
    linkedinUrl: victimDetails.linkedinUrl,
    phone: "+1 212 555 0142",
    location: "New York, NY, USA",
  });
  return { victim: real, victimDetails, lookAlike: copy };
}

/** The messages queued for an application after `since`, with the link each delivers. */
async function newLinks(applicationId: string, since: Date) {
  const rows = await testDb.emailOutbox.findMany({
    where: { applicationId, createdAt: { gt: since } },
    orderBy: { createdAt: "asc" },
    select: { id: true, toAddress: true },
  });
  return Promise.all(rows.map(async (row) => ({ to: row.toAddress, token: await tokenDelivered(row.id) })));
}

async function exportedData(token: string) {
  return strFromU8(unzipSync((await exportCandidateData({ statusToken: token })).zip)["data.json"]!);
}

describe("merging a look-alike with someone else", () => {
  it.each(["look-alike", "other person"] as const)(
    "keeping the %s's record: each link reaches only its own applicant",
    async (kept) => {
      const { victim, victimDetails, lookAlike } = await lookAlikes();
      const suggested = await findProbableDuplicates({ actor: recruiter, candidateId: lookAlike.candidateId });
      expect(suggested.map((row) => [row.candidateId, row.reasons])).toEqual([
        [victim.candidateId, ["name-and-linkedin"]],
      ]);
      const [keep, duplicate] = kept === "look-alike" ? [lookAlike, victim] : [victim, lookAlike];
      const before = new Date(Date.now() - 1);
      await mergeCandidates({
        actor: recruiter,
        keepCandidateId: keep.candidateId,
        duplicateCandidateId: duplicate.candidateId,
      });

      // Every earlier link stops working; each address that applied gets one new link, for its own application.
      for (const person of [victim, lookAlike])
        expect(await getApplicationStatusByToken(person.token), person.email).toBeNull();
      const [victimLinks, lookAlikeLinks] = [
        await newLinks(victim.applicationId, before),
        await newLinks(lookAlike.applicationId, before),
      ];
      expect(victimLinks.map((link) => link.to)).toEqual([victim.email]);
      expect(lookAlikeLinks.map((link) => link.to)).toEqual([lookAlike.email]);
      const victimToken = victimLinks[0]!.token;
      let lookAlikeToken = lookAlikeLinks[0]!.token;
      expect((await getApplicationStatusByToken(victimToken))?.reference).toBe(victim.reference);
      expect((await getApplicationStatusByToken(lookAlikeToken))?.reference).toBe(lookAlike.reference);

      // The look-alike's link: their own application and details, nothing of the other person's.
      expect((await listOwnApplications(lookAlikeToken)).map((row) => row.reference)).toEqual([lookAlike.reference]);
      const data = await exportedData(lookAlikeToken);
      expect(JSON.parse(data).person).toMatchObject({ email: lookAlike.email, phone: "+1 212 555 0142" });
      for (const theirs of [
        victim.email,
        victim.reference,
        victimDetails.phone,
        victimDetails.location,
        victimDetails.githubUrl,
        victimDetails.websiteUrl,
        victimDetails.pronouns,
      ]) {
        expect(data, theirs).not.toContain(theirs);
      }

      // Asking for links by address sends each address the links of its own applications only.
      const since = new Date(Date.now() - 1);
      expect((await resendStatusLinks({ input: { email: lookAlike.email } })).emailIds).toHaveLength(1);
      expect(await newLinks(victim.applicationId, since)).toEqual([]);
      lookAlikeToken = (await newLinks(lookAlike.applicationId, since))[0]!.token;
      expect((await getApplicationStatusByToken(victimToken))?.reference).toBe(victim.reference);

      // Their erasure request covers their own applications and identity only.
      const erasure = await requestErasure({ statusToken: lookAlikeToken });
      const request = await testDb.erasureRequest.findUniqueOrThrow({ where: { id: erasure.erasureRequestId } });
      await eraseCandidate({ candidateId: request.candidateId, source: "CANDIDATE", erasureRequestId: request.id });
      const victimNow = await testDb.application.findUniqueOrThrow({
        where: { id: victim.applicationId },
        include: { candidate: true, answers: true },
      });
      expect(victimNow.candidate).toMatchObject({
        anonymizedAt: null,
        email: victim.email,
        lastName: victimDetails.lastName,
        phone: victimDetails.phone,
        githubUrl: victimDetails.githubUrl,
      });
      expect(victimNow.answers.length).toBeGreaterThan(0);
      const lookAlikeNow = await testDb.application.findUniqueOrThrow({
        where: { id: lookAlike.applicationId },
        include: { candidate: true },
      });
      expect(lookAlikeNow.candidate.anonymizedAt).not.toBeNull();
      expect(lookAlikeNow.candidateId).not.toBe(victimNow.candidateId);
      expect(JSON.stringify(victimNow.candidate)).not.toContain(lookAlike.email);

      // The other person's link still works, and what it confirms goes to their own address.
      const withdrawn = await withdrawApplication({ statusToken: victimToken, input: { confirm: "yes" } });
      expect(
        await testDb.emailOutbox.findUniqueOrThrow({ where: { id: withdrawn.emailId }, select: { toAddress: true } }),
      ).toEqual({ toAddress: victim.email });
    },
  );
});

describe("merging one person's two applications made with one address", () => {
  it("gives each a new link, and either link reaches both", async () => {
    const person = uniquePerson("Grace");
    const first = await applyAndReadLink(jobs[0]!, person);
    const second = await applyAndReadLink(jobs[1]!, person);
    const before = new Date(Date.now() - 1);
    await mergeCandidates({
      actor: recruiter,
      keepCandidateId: first.candidateId,
      duplicateCandidateId: second.candidateId,
    });
    const links = [...(await newLinks(first.applicationId, before)), ...(await newLinks(second.applicationId, before))];
    expect(links.map((link) => link.to)).toEqual([person.email, person.email]);
    for (const { token } of links) {
      expect((await listOwnApplications(token)).map((row) => row.reference).sort()).toEqual(
        [first.reference, second.reference].sort(),
      );
    }
  });
});

describe("a candidate who asked to be erased", () => {
  it("cannot be merged while the request is open", async () => {
    const victim = uniquePerson("Ada");
    const first = await applyAndReadLink(jobs[0]!, victim);
    const second = await applyAndReadLink(jobs[1]!, victim);
    await requestErasure({ statusToken: second.token });
    const error = await mergeCandidates({
      actor: recruiter,
      keepCandidateId: first.candidateId,
      duplicateCandidateId: second.candidateId,
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "VALIDATION" });
    expect(
      await testDb.candidate.findUniqueOrThrow({ where: { id: second.candidateId }, select: { mergedIntoId: true } }),
    ).toEqual({ mergedIntoId: null });
  });
});
