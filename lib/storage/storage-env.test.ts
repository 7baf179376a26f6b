// The storage settings in lib/env.ts: the driver is chosen by STORAGE_DRIVER and an S3 driver
// without its bucket or region stops the app with a message that names what to set.
import { afterEach, describe, expect, it, vi } from "vitest";

const saved = { ...process.env };
const S3_VARIABLES = ["STORAGE_DRIVER", "S3_BUCKET", "S3_REGION", "S3_ENDPOINT", "S3_FORCE_PATH_STYLE"];

async function readEnv(variables: Record<string, string>) {
  vi.resetModules();
  for (const name of S3_VARIABLES) delete process.env[name];
  Object.assign(process.env, { DATABASE_URL: "postgresql://localhost/trellis" }, variables);
  const { getEnv } = await import("@/lib/env");
  return getEnv();
}

afterEach(() => {
  process.env = { ...saved };
});

describe("storage environment", () => {
  it("keeps files on local disk unless told otherwise", async () => {
    expect(await readEnv({})).toMatchObject({ STORAGE_DRIVER: "local", S3_FORCE_PATH_STYLE: "0" });
  });

  it("accepts an S3-compatible server with a path-style bucket", async () => {
    const env = await readEnv({
      STORAGE_DRIVER: "s3",
      S3_BUCKET: "trellis-uploads",
      S3_REGION: "us-east-1",
      S3_ENDPOINT: "http://127.0.0.1:9000",
      S3_FORCE_PATH_STYLE: "1",
    });
    expect(env).toMatchObject({
      STORAGE_DRIVER: "s3",
      S3_BUCKET: "trellis-uploads",
      S3_ENDPOINT: "http://127.0.0.1:9000",
      S3_FORCE_PATH_STYLE: "1",
    });
  });

  it("names the missing bucket and region of an S3 driver", async () => {
    await expect(readEnv({ STORAGE_DRIVER: "s3" })).rejects.toThrow(
      /S3_BUCKET: S3_BUCKET is required with STORAGE_DRIVER=s3[\s\S]*S3_REGION: S3_REGION is required/,
    );
  });

  it("refuses an unknown driver, a malformed bucket name and an endpoint that is not a URL", async () => {
    await expect(readEnv({ STORAGE_DRIVER: "gcs" })).rejects.toThrow(/STORAGE_DRIVER must be "local" or "s3"/);
    await expect(readEnv({ STORAGE_DRIVER: "s3", S3_BUCKET: "My_Bucket", S3_REGION: "us-east-1" })).rejects.toThrow(
      /S3_BUCKET must be a bucket name/,
    );
    await expect(
      readEnv({ STORAGE_DRIVER: "s3", S3_BUCKET: "b-1", S3_REGION: "us-east-1", S3_ENDPOINT: "minio:9000" }),
    ).rejects.toThrow(/S3_ENDPOINT must be the server's URL/);
  });
});
