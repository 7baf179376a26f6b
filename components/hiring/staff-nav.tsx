"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils/cn";

export type StaffNavLink = { href: string; label: string };

/** The staff sections this person may use (filtered on the server); marks the current one. */
export function StaffNav({ links }: { links: StaffNavLink[] }) {
  const pathname = usePathname();
  // The most specific section is the current one: /hiring/reports/eeo is "EEO report", not also "Reports".
  const currentHref = links
    .filter((link) => pathname === link.href || pathname.startsWith(`${link.href}/`))
    .reduce<string | undefined>(
      (best, link) => (best === undefined || link.href.length > best.length ? link.href : best),
      undefined,
    );
  return (
    <nav aria-label="Staff">
      <ul className="flex flex-wrap items-center gap-1">
        {links.map((link) => {
          const current = link.href === currentHref;
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "inline-flex min-h-11 items-center rounded-md px-3 font-medium no-underline",
                  current ? "bg-brand-soft text-brand" : "text-ink hover:bg-canvas hover:text-brand",
                )}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
