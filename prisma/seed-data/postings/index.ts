import type { PostingSeed } from "../types";
import { productManagerDeveloperPlatform, securityEngineerDetectionResponse } from "./demo-product-and-security";
import { enterpriseAccountExecutive, technicalRecruiter } from "./demo-sales-and-people";
import { developerAdvocate, siteReliabilityEngineer } from "./demo-engineering";
import { workersRuntimeEngineer } from "./workers-runtime-engineer";

export { SEED_JOB_SLUG, workersRuntimeEngineer } from "./workers-runtime-engineer";

/** The customer's posting first, then the demo postings. */
export const ALL_POSTINGS: readonly PostingSeed[] = [
  workersRuntimeEngineer,
  productManagerDeveloperPlatform,
  securityEngineerDetectionResponse,
  enterpriseAccountExecutive,
  technicalRecruiter,
  siteReliabilityEngineer,
  developerAdvocate,
];
