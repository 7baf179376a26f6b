import "server-only";
import { getEnv } from "@/lib/env";
import type { FileStorage } from "./file-storage";
import { createLocalDiskStorage } from "./local-disk-storage";

let storage: FileStorage | undefined;

/** The configured storage driver (local disk today; S3-compatible storage plugs in here). */
export function getFileStorage(): FileStorage {
  storage ??= createLocalDiskStorage(getEnv().STORAGE_DIR);
  return storage;
}
