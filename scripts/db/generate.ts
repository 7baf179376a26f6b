// Runs `prisma generate` offline. The CLI insists on locating its native schema engine even
// though generate never uses it; any existing executable satisfies that check, so we point it
// at the running Node binary. Never use this stub for db push / migrate: they would silently
// do nothing (see docs/decisions/0001-offline-migrations.md).
import { spawnSync } from "node:child_process";

const result = spawnSync("prisma", ["generate", ...process.argv.slice(2)], {
  stdio: "inherit",
  shell: process.platform === "win32",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
process.exit(result.status ?? 1);
