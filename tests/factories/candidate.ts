import type { Prisma } from "../../lib/generated/prisma/client";
import { pick, uniqueSuffix } from "./unique";

type Db = Prisma.TransactionClient;

const FIRST_NAMES = ["Ada", "Grace", "Linus", "Margaret", "Ken", "Barbara", "Dennis", "Frances", "Radia", "Guido"];
const LAST_NAMES = [
  "Lovelace",
  "Hopper",
  "Torvalds",
  "Hamilton",
  "Thompson",
  "Liskov",
  "Ritchie",
  "Allen",
  "Perlman",
  "Rossum",
];
const LOCATIONS = ["Austin, TX, USA", "London, United Kingdom", "Lisbon, Portugal", "San Francisco, CA, USA"];

export type CandidateOverrides = Partial<Prisma.CandidateUncheckedCreateInput>;

/** A realistic candidate with a unique email; emailNormalized follows an overridden email. */
export function buildCandidateData(overrides: CandidateOverrides = {}): Prisma.CandidateUncheckedCreateInput {
  const suffix = uniqueSuffix();
  const firstName = overrides.firstName ?? pick(FIRST_NAMES);
  const lastName = overrides.lastName ?? pick(LAST_NAMES);
  const handle = `${firstName}-${lastName}-${suffix}`.toLowerCase();
  const email = overrides.email ?? `${firstName}.${lastName}.${suffix}@example.com`.toLowerCase();
  return {
    firstName,
    lastName,
    email,
    emailNormalized: email.trim().toLowerCase(),
    phone: `+1 512 555 ${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`,
    location: pick(LOCATIONS),
    linkedinUrl: `https://www.linkedin.com/in/${handle}`,
    githubUrl: `https://github.com/${handle}`,
    ...overrides,
  };
}

export async function createCandidate(prisma: Db, overrides: CandidateOverrides = {}) {
  return prisma.candidate.create({ data: buildCandidateData(overrides) });
}
