// A real S3-compatible server (s3rver: the S3 REST API over HTTP, objects in a temporary folder)
// on a free loopback port, for tests of the S3 storage driver. It checks request signatures
// against its one built-in key pair, which is what S3_TEST_CREDENTIALS holds.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";

/** s3rver's fixed development key pair (not a secret: it only opens this throwaway server). */
export const S3_TEST_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } as const;

export type TestS3Server = { endpoint: string; bucket: string; stop(): Promise<void> };

export async function startS3Server(bucket = "trellis-test-uploads"): Promise<TestS3Server> {
  const directory = await mkdtemp(path.join(tmpdir(), "trellis-s3-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
