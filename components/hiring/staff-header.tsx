import Link from "next/link";
import { signOutAction } from "@/app/(hiring)/hiring/sign-in/actions";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { ROLE_LABELS, type Actor } from "@/lib/auth/actor";
import { can, type Action } from "@/lib/auth/permissions";
import { ACCOMMODATIONS_PATH } from "@/lib/paths/accommodations";
import { APPLICATIONS_PATH } from "@/lib/paths/applications";
import { MY_INTERVIEWS_PATH } from "@/lib/paths/interviews";
import { STAFF_JOBS_PATH } from "@/lib/paths/jobs";
import { LEGAL_TEXTS_PATH } from "@/lib/paths/legal-texts";
import { EEO_REPORT_PATH, REPORTS_PATH } from "@/lib/paths/reports";
import { MY_AVAILABILITY_PATH } from "@/lib/paths/self-scheduling";
import { AUDIT_PATH, NOTIFICATIONS_PATH, PRIVACY_PATH, STAFF_AREA_PATH, STAFF_PATH } from "@/lib/paths/staff-area";
import { TEMPLATES_PATH } from "@/lib/paths/templates";
import { WEBHOOKS_PATH } from "@/lib/paths/webhooks";
import { API_TOKENS_PATH } from "@/lib/paths/api-tokens";
import { StaffNav, type StaffNavLink } from "./staff-nav";

// A section appears only for people who may use it; the page checks again on the server.
const SECTIONS: (StaffNavLink & { action: Action })[] = [
  { href: STAFF_JOBS_PATH, label: "Jobs", action: "pipeline.read" },
  { href: APPLICATIONS_PATH, label: "Applications", action: "pipeline.read" },
  // Anyone may sit on a panel (scorecard.write is every staff role); the page lists own seats only.
  { href: MY_INTERVIEWS_PATH, label: "My interviews", action: "scorecard.write" },
  // Everyone may sit on a panel, so everyone keeps their own availability.
  { href: MY_AVAILABILITY_PATH, label: "My availability", action: "scorecard.write" },
  { href: TEMPLATES_PATH, label: "Templates", action: "template.manage" },
  { href: ACCOMMODATIONS_PATH, label: "Accommodations", action: "accommodation.read" },
  { href: STAFF_PATH, label: "Staff", action: "staff.manage" },
  { href: PRIVACY_PATH, label: "Privacy", action: "privacy.manage" },
  { href: REPORTS_PATH, label: "Reports", action: "report.read" },
  { href: EEO_REPORT_PATH, label: "EEO report", action: "eeoReport.read" },
  { href: LEGAL_TEXTS_PATH, label: "Legal texts", action: "legalText.manage" },
  { href: AUDIT_PATH, label: "Audit log", action: "audit.read" },
  { href: WEBHOOKS_PATH, label: "Webhooks", action: "webhook.manage" },
  { href: API_TOKENS_PATH, label: "API tokens", action: "apiToken.manage" },
  // Everyone's own @mentions; application.read is every staff role.
  { href: NOTIFICATIONS_PATH, label: "Notifications", action: "application.read" },
];

/** The staff area's top band: product name, the sections, who is signed in, sign out. */
export function StaffHeader({ actor }: { actor: Actor | null }) {
  const links = actor
    ? SECTIONS.filter((section) => can(actor, section.action)).map(({ href, label }) => ({ href, label }))
    : [];
  return (
    <header className="border-b border-line bg-surface">
      <Container width="wide" className="flex min-h-16 flex-wrap items-center gap-x-6 gap-y-2 py-2">
        <Link href={STAFF_AREA_PATH} className="text-lg font-bold text-ink no-underline hover:text-brand">
          Trellis
        </Link>
        {actor && (
          <>
            <StaffNav links={links} />
            <div className="ml-auto flex flex-wrap items-center gap-3">
              <p className="text-sm leading-tight">
                <span className="block font-medium text-ink">{actor.name ?? actor.email}</span>
                <span className="block text-ink-muted">{ROLE_LABELS[actor.role]}</span>
              </p>
              <form action={signOutAction}>
                <Button type="submit" variant="secondary" size="sm">
                  Sign out
                </Button>
              </form>
            </div>
          </>
        )}
      </Container>
    </header>
  );
}
