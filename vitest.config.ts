import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // `server-only` throws outside a React server build; tests import server modules directly.
      { find: /^server-only$/, replacement: `${root}tests/support/empty-module.ts` },
      { find: /^@\//, replacement: root },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "tests/unit/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          // next-auth imports "next/server" without an extension, which only a bundler resolves.
          server: { deps: { inline: ["next-auth"] } },
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/support/integration-env.ts", "tests/support/next-mocks.ts"],
          // One database and two cores: run files one after another in a single fork.
          pool: "forks",
          fileParallelism: false,
          // Starting PGlite (~3 s) and replaying migrations take longer than vitest's defaults.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
