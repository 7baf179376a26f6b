// The S3 storage driver against a real S3-compatible server (s3rver on a loopback port): objects
// written whole, read back whole and as a stream, missing keys, names that never come from the
// candidate, and the app's own paths (uploading, serving a resume, erasure) with STORAGE_DRIVER=s3.
import { randomBytes, randomUUID } from "node:crypto";
import { HeadObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { afterAll, describe, expect, it } from "vitest";
import { storeDocument } from "@/lib/submissions/store-document";
import { getApplicationDocument } from "@/lib/candidates/get-application-document";
import { eraseCandidate } from "@/lib/privacy/erase-candidate";
import { getFileStorage } from "@/lib/storage";
import { createS3Client, createS3Storage, type S3StorageOptions } from "@/lib/storage/s3-storage";
import { actorFor, createStaffUser } from "../factories";
import { testDb } from "../support/db";
import { pdfFile } from "../support/documents";
import { createPersonToErase } from "../support/erasure-fixture";
import { S3_TEST_CREDENTIALS, startS3Server } from "../support/s3-server";

const server = await startS3Server();
const savedEnv = { ...process.env };
// The app reads its configuration (lib/env.ts) on first use, which is after this.
Object.assign(process.env, {
  STORAGE_DRIVER: "s3",
  S3_BUCKET: server.bucket,
  S3_REGION: "us-east-1",
  S3_ENDPOINT: server.endpoint,
  S3_FORCE_PATH_STYLE: "1",
  // The SDK's standard credential chain reads these, as it would in a deployment.
  AWS_ACCESS_KEY_ID: S3_TEST_CREDENTIALS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: S3_TEST_CREDENTIALS.secretAccessKey,
});

afterAll(async () => {
  process.env = savedEnv;
  await server.stop();
});

const options: S3StorageOptions = {
  bucket: server.bucket,
  region: "us-east-1",
  endpoint: server.endpoint,
  forcePathStyle: true,
};
const storage = createS3Storage(options);
// A second client of its own, to look into the bucket past the driver.
const bucketClient: S3Client = createS3Client(options);
const key = () => `documents/${randomUUID()}`;

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function objectKeys(): Promise<string[]> {
  const listed = await bucketClient.send(new ListObjectsV2Command({ Bucket: server.bucket }));
  return (listed.Contents ?? []).map((object) => object.Key!);
}

describe("S3 storage driver", () => {
  it("writes an object with its content type and reads the same bytes back, whole and streamed", async () => {
    const bytes = new Uint8Array(randomBytes(300 * 1024));
    const storageKey = key();
    await storage.put(storageKey, bytes, "application/pdf");

    const head = await bucketClient.send(new HeadObjectCommand({ Bucket: server.bucket, Key: storageKey }));
    expect(head).toMatchObject({ ContentType: "application/pdf", ContentLength: bytes.byteLength });
    expect(Buffer.from((await storage.get(storageKey))!).equals(Buffer.from(bytes))).toBe(true);

    const stream = await storage.stream(storageKey);
    expect(stream).toBeInstanceOf(ReadableStream);
    expect(Buffer.from(await readAll(stream!)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("answers null for a missing object, and deleting one twice is not an error", async () => {
    const storageKey = key();
    expect(await storage.get(storageKey)).toBeNull();
    expect(await storage.stream(storageKey)).toBeNull();

    await storage.put(storageKey, new Uint8Array([1, 2, 3]), "application/pdf");
    await storage.delete(storageKey);
    await storage.delete(storageKey);
    expect(await storage.get(storageKey)).toBeNull();
    expect(await objectKeys()).not.toContain(storageKey);
  });

  it("refuses keys that are not Trellis's own before asking the server", async () => {
    for (const unsafe of ["../etc/passwd", "documents//x", "/documents/x", "Résumé.pdf"]) {
      await expect(storage.put(unsafe, new Uint8Array([1]), "application/pdf")).rejects.toThrow(/unsafe storage key/);
      await expect(storage.get(unsafe)).rejects.toThrow(/unsafe storage key/);
    }
  });

  it("fails loudly when the server cannot be reached, so an upload is never taken for stored", async () => {
    const unreachable = createS3Storage({ ...options, endpoint: "http://127.0.0.1:9" });
    await expect(unreachable.put(key(), new Uint8Array([1]), "application/pdf")).rejects.toThrow();
  });
});

describe("the app with STORAGE_DRIVER=s3", () => {
  it("stores an upload under a generated name, never the candidate's file name", async () => {
    const stored = await storeDocument(pdfFile("../../Jane Doe résumé.pdf", "Resume of Jane"), "resume");
    expect(stored.storageKey).toMatch(/^documents\/[0-9a-f-]{36}$/);
    expect(stored.fileName).not.toContain("/");
    const keys = await objectKeys();
    expect(keys).toContain(stored.storageKey);
    expect(keys.join("\n")).not.toMatch(/Jane|résumé|\.pdf/i);
  });

  it("serves a resume to staff as a stream from the bucket", async () => {
    const admin = await createStaffUser(testDb, { role: "ADMIN" });
    const person = await createPersonToErase({ staff: { author: admin, interviewer: admin } });
    const expected = await storage.get(person.storageKeys[0]!);
    expect(expected).not.toBeNull();

    const document = await getApplicationDocument({
      actor: actorFor(admin),
      applicationId: person.applicationId,
      fileId: person.fileIds[0]!,
    });
    expect(document.byteSize).toBe(expected!.byteLength);
    expect(Buffer.from(await readAll(document.body)).equals(Buffer.from(expected!))).toBe(true);
  });

  it("erasure removes the person's files from the bucket and their rows", async () => {
    const admin = await createStaffUser(testDb, { role: "ADMIN" });
    const person = await createPersonToErase({ staff: { author: admin, interviewer: admin } });
    // The fixture wrote them through the app's configured storage, so they are in the bucket.
    expect(await objectKeys()).toEqual(expect.arrayContaining(person.storageKeys));
    expect(getFileStorage()).not.toBe(storage);

    const result = await eraseCandidate({ candidateId: person.candidateId, source: "STAFF", actor: actorFor(admin) });
    expect(result).toMatchObject({ status: "COMPLETED", counts: { files: 2 } });

    const keys = await objectKeys();
    for (const storageKey of person.storageKeys) expect(keys).not.toContain(storageKey);
    expect(await testDb.storedFile.count({ where: { id: { in: person.fileIds } } })).toBe(0);
  });
});
