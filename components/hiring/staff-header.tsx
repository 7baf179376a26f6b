import Link from "next/link";
import { signOutAction } from "@/app/(hiring)/hiring/sign-in/actions";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { ROLE_LABELS, type Actor } from "@/lib/auth/actor";
import { MY_INTERVIEWS_PATH } from "@/lib/auth/paths";
import { can, type Action } from "@/lib/auth/permissions";
import { StaffNav, type StaffNavLink } from "./staff-nav";

// A section appears only for people who may use it; the page checks again on the server.
const SECTIONS: (StaffNavLink & { action: Action })[] = [
  { href: "/hiring/jobs", label: "Jobs", action: "pipeline.read" },
  { href: "/hiring/applications", label: "Applications", action: "pipeline.read" },
  // Anyone may sit on a panel (scorecard.write is every staff role); the page lists own seats only.
  { href: MY_INTERVIEWS_PATH, label: "My interviews", action: "scorecard.write" },
  { href: "/hiring/templates", label: "Templates", action: "template.manage" },
  { href: "/hiring/accommodations", label: "Accommodations", action: "accommodation.read" },
  { href: "/hiring/staff", label: "Staff", action: "staff.manage" },
  { href: "/hiring/privacy", label: "Privacy", action: "privacy.manage" },
  { href: "/hiring/reports", label: "Reports", action: "report.read" },
  { href: "/hiring/reports/eeo", label: "EEO report", action: "eeoReport.read" },
  { href: "/hiring/legal-texts", label: "Legal texts", action: "legalText.manage" },
  { href: "/hiring/audit", label: "Audit log", action: "audit.read" },
  // Everyone's own @mentions; application.read is every staff role.
  { href: "/hiring/notifications", label: "Notifications", action: "application.read" },
];

/** The staff area's top band: product name, the sections, who is signed in, sign out. */
export function StaffHeader({ actor }: { actor: Actor | null }) {
  const links = actor
    ? SECTIONS.filter((section) => can(actor, section.action)).map(({ href, label }) => ({ href, label }))
    : [];
  return (
    <header className="border-b border-line bg-surface">
      <Container width="wide" className="flex min-h-16 flex-wrap items-center gap-x-6 gap-y-2 py-2">
        <Link href="/hiring" className="text-lg font-bold text-ink no-underline hover:text-brand">
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
