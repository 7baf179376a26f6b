// The reports the bench and the chaos run write for the repository (docs/benchmarks.md,
// docs/chaos.md) are committed as written: formatted as the repository's own check
// (`prettier --check`, part of `npm run lint`) wants them.
import { writeFile } from "node:fs/promises";
import { format, resolveConfig } from "prettier";

export async function writeFormattedMarkdown(file: string, markdown: string): Promise<void> {
  const config = await resolveConfig(file);
  await writeFile(file, await format(markdown, { ...config, filepath: file }));
}
