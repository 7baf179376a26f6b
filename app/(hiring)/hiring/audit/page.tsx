import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditLogView } from "@/components/audit/audit-log-view";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { parseAuditFilters } from "@/lib/audit/schema";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { AUDIT_PATH } from "@/lib/paths/staff-area";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The audit log for admins: filters and page position in the URL. */
export default async function AuditLogPage({ searchParams }: Props) {
  const actor = await requireActorForPage();
  if (!can(actor, "audit.read")) notFound();
  const filters = parseAuditFilters(await searchParams);
  const page = await listAuditEvents({ actor, filters });
  return (
    <MainContent className="py-8">
      <Container width="wide">
        <AuditLogView page={page} filters={filters} basePath={AUDIT_PATH} />
      </Container>
    </MainContent>
  );
}
