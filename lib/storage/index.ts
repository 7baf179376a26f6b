import "server-only";
import { getEnv, type Env } from "@/lib/env";
import type { FileStorage } from "./file-storage";
import { createLocalDiskStorage } from "./local-disk-storage";
import { createS3Storage } from "./s3-storage";

let storage: FileStorage | undefined;

/** The storage driver STORAGE_DRIVER names: local disk (one machine) or an S3 bucket (many). */
export function getFileStorage(): FileStorage {
  storage ??= createConfiguredStorage(getEnv());
  return storage;
}

function createConfiguredStorage(env: Env): FileStorage {
  if (env.STORAGE_DRIVER === "local") return createLocalDiskStorage(env.STORAGE_DIR);
  // lib/env.ts has already refused an "s3" driver without a bucket or region.
  if (!env.S3_BUCKET || !env.S3_REGION) throw new Error("STORAGE_DRIVER=s3 needs S3_BUCKET and S3_REGION");
  return createS3Storage({
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === "1",
  });
}
