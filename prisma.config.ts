import { defineConfig } from "prisma/config";

// The CLI is used only for `generate` here; migrations run through scripts/db/migrate.ts
// (WebAssembly schema engine), see docs/decisions/0001-offline-migrations.md.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
