// API token labels shared by the staff screen and the API reference.
import type { ApiScope } from "@/lib/auth/actor";
import type { API_TOKEN_LIFETIMES } from "./schema";

export const API_SCOPE_LABELS: Record<ApiScope, string> = {
  "jobs:read": "Read jobs and their stages",
  "applications:read": "Read applications and interviews",
  "applications:write": "Move and reject applications",
  "scorecards:read": "Read submitted scorecards",
  "candidates:read": "Read candidates' contact details",
};

export const API_TOKEN_LIFETIME_LABELS: Record<(typeof API_TOKEN_LIFETIMES)[number], string> = {
  "30": "In 30 days",
  "90": "In 90 days",
  "365": "In a year",
  never: "Never",
};

export function apiTokenStateLabel(token: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): string {
  if (token.revokedAt) return "Revoked";
  if (token.expiresAt && token.expiresAt <= now) return "Expired";
  return "Active";
}
