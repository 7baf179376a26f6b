import { useTranslations } from "next-intl";
import type { EmploymentType, RemotePolicy } from "@/lib/generated/prisma/enums";

// The job enums' candidate-facing wording in the page's language (messages careers.*); the
// English ones in lib/jobs/labels.ts stay for staff screens, feeds and JSON-LD.

const REMOTE_POLICIES: RemotePolicy[] = ["ON_SITE", "HYBRID", "REMOTE"];

export function useRemotePolicyLabels(): Record<RemotePolicy, string> {
  const t = useTranslations("careers.remotePolicy");
  return Object.fromEntries(REMOTE_POLICIES.map((policy) => [policy, t(policy)])) as Record<RemotePolicy, string>;
}

export function useEmploymentTypeLabel(): (type: EmploymentType) => string {
  const t = useTranslations("careers.employmentType");
  return (type) => t(type);
}
