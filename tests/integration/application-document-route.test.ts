import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { getFileStorage } from "@/lib/storage";
import { uniqueSuffix } from "../factories";
import { createProfileFixture } from "../support/candidate-profile";
import { testDb } from "../support/db";
import { minimalPdf } from "../support/documents";
import { minimalDocx } from "../support/docx";

process.env.STORAGE_DIR = await mkdtemp(path.join(tmpdir(), "trellis-documents-"));

// The session is the one thing a route test cannot make with a cookie: stand in for it.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  getActor: async () => session.actor,
  requireActorForAction: async () => {
    if (!session.actor) throw new AppError("UNAUTHORIZED", "You are signed out. Sign in again, then retry.");
    return session.actor;
  },
}));

const { GET } = await import("@/app/(hiring)/hiring/applications/[applicationId]/documents/[fileId]/route");

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

async function storeFile(bytes: Uint8Array, contentType: string, fileName: string, purpose: "RESUME" | "COVER_LETTER") {
  const storageKey = `documents/${uniqueSuffix()}`;
  await getFileStorage().put(storageKey, bytes, contentType);
  return testDb.storedFile.create({
    data: { storageKey, purpose, fileName, contentType, byteSize: bytes.byteLength, sha256: "0".repeat(64) },
  });
}

let fixture: Awaited<ReturnType<typeof createProfileFixture>>;
let resume: { id: string };
let coverLetter: { id: string };
const pdf = minimalPdf("Résumé of José");

beforeAll(async () => {
  fixture = await createProfileFixture();
  resume = await storeFile(pdf, "application/pdf", "José Núñez résumé.pdf", "RESUME");
  coverLetter = await storeFile(minimalDocx(["Dear team"]), DOCX, 'cover"letter.docx', "COVER_LETTER");
  await testDb.application.update({
    where: { id: fixture.application.id },
    data: { resumeFileId: resume.id, coverLetterFileId: coverLetter.id },
  });
});

beforeEach(() => {
  session.actor = null;
});

function get(fileId: string, query = "", applicationId = fixture.application.id) {
  const url = `http://localhost/hiring/applications/${applicationId}/documents/${fileId}${query}`;
  return GET(new NextRequest(url), { params: Promise.resolve({ applicationId, fileId }) });
}

describe("GET /hiring/applications/[applicationId]/documents/[fileId]", () => {
  it("refuses without a session, sending no bytes", async () => {
    const response = await get(resume.id, "?inline=1");
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.text()).not.toContain("%PDF");
  });

  it("serves a PDF inline to the viewer, with the stored type and private, no-sniff headers", async () => {
    session.actor = fixture.recruiter;
    const response = await get(resume.id, "?inline=1");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-disposition")).toBe(
      `inline; filename="Jose Nunez resume.pdf"; filename*=UTF-8''Jos%C3%A9%20N%C3%BA%C3%B1ez%20r%C3%A9sum%C3%A9.pdf`,
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdf);
  });

  it("downloads as an attachment without ?inline=1, and always for a DOCX", async () => {
    session.actor = fixture.hiringManager;
    expect((await get(resume.id)).headers.get("content-disposition")).toMatch(/^attachment; /);
    const docx = await get(coverLetter.id, "?inline=1");
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toBe(DOCX);
    expect(docx.headers.get("content-disposition")).toBe(
      `attachment; filename="cover_letter.docx"; filename*=UTF-8''cover%22letter.docx`,
    );
  });

  it("is NOT_FOUND for staff who may not see the application, and for another application's file", async () => {
    for (const actor of [fixture.otherHiringManager, fixture.interviewer]) {
      session.actor = actor;
      const response = await get(resume.id, "?inline=1");
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("%PDF");
    }
    session.actor = fixture.recruiter;
    const other = await createProfileFixture();
    expect((await get(resume.id, "", other.application.id)).status).toBe(404);
    expect((await get("no-such-file")).status).toBe(404);
  });
});
