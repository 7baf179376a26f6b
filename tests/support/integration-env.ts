// Runs in each integration worker before the test file: the app's own `db` (lib/db.ts) reads
// DATABASE_URL, so point it at the run's test database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");

// Tests call route handlers in-process with an X-Forwarded-For of their choosing, as the one
// proxy in front of the app would write it. (With no proxy, TRUST_PROXY=0, the app takes the TCP
// peer's address instead, which an in-process call has not got: rate-limit-socket-address.test.ts.)
process.env.TRUST_PROXY = "1";
