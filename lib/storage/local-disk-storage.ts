import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { assertSafeStorageKey, type FileStorage } from "./file-storage";

/** Files on local disk, outside the public folder, written atomically (temp file + rename). */
export function createLocalDiskStorage(rootDir: string): FileStorage {
  const root = path.resolve(rootDir);
  const pathFor = (key: string) => {
    assertSafeStorageKey(key);
    return path.join(root, key);
  };

  return {
    async put(key, bytes) {
      const target = pathFor(key);
      const temporary = `${target}.${randomUUID()}.partial`;
      try {
        // The folder exists after the first write: create it only when it is missing.
        await writeFile(temporary, bytes).catch(async (error: NodeJS.ErrnoException) => {
          if (error.code !== "ENOENT") throw error;
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(temporary, bytes);
        });
        await rename(temporary, target);
      } catch (error) {
        // A disk that filled up mid-write leaves no half file behind.
        await rm(temporary, { force: true }).catch(() => undefined);
        throw error;
      }
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(pathFor(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async stream(key) {
      try {
        // Opened here so a missing file is null now, not an error halfway through a response.
        const handle = await open(pathFor(key));
        return Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathFor(key), { force: true });
    },
    async *listWrittenBefore(prefix, before) {
      const folder = pathFor(prefix.replace(/\/$/, ""));
      const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return [] as string[];
        throw error;
      });
      for (const name of names.sort()) {
        const file = path.join(folder, name);
        const written = await stat(file).catch(() => null); // removed meanwhile
        if (!written?.isFile() || written.mtime >= before) continue;
        if (name.endsWith(".partial")) await rm(file, { force: true });
        else yield `${prefix.replace(/\/$/, "")}/${name}`;
      }
    },
  };
}
