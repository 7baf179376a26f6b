// Flat config: Next.js's Core Web Vitals and TypeScript rule sets (eslint-config-next 16
// exports them as flat config arrays), plus the project's own few choices.
import { defineConfig, globalIgnores } from "eslint/config";
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextCoreWebVitals,
  ...nextTypescript,
  // Formatting is Prettier's (`prettier --check` in `npm run lint`): no style rule may disagree with it.
  prettier,
  globalIgnores([
    ".next/**",
    "lib/generated/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "blob-report/**",
    "coverage/**",
    "bench-results/**",
    ".data/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      // A leading underscore marks a value left out on purpose (e.g. `{ secret: _secret, ...rest }`).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // Control characters in a pattern are almost always a mistake; the few deliberate ones say so.
      "no-control-regex": "error",
    },
  },
  {
    // The layers: lib/ is the domain, usable from any screen, export, job or test, so it never
    // reaches up into the UI or the routes (labels and formats it needs live in lib/ too).
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)(components|app)(/|$)",
              message:
                "lib/ is the domain layer and may not import components/ or app/: move what both need (labels, formats, paths) into lib/.",
            },
          ],
        },
      ],
    },
  },
  {
    // Components render what the domain functions return; reading the database directly would
    // skip the permission checks in lib/auth/permissions.ts that every domain function makes.
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)lib/db$",
              message:
                "components/ may not import the database client: call a domain function in lib/<domain>/ that checks permissions and selects only what the screen shows.",
            },
          ],
        },
      ],
    },
  },
  {
    // Node code (scripts, seed, tests): no React here, and `use` is the usual name of a callback
    // that lends a resource (Playwright fixtures, withDatabase(use)), not React's hook.
    files: ["scripts/**", "prisma/**", "tests/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Tool config files export their config object as the default, which is what the tools read.
    files: ["*.config.{js,mjs,cjs,ts}"],
    rules: { "import/no-anonymous-default-export": "off" },
  },
]);
