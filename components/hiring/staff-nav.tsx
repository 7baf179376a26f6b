"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils/cn";

export type StaffNavLink = { href: string; label: string };

/** The staff sections this person may use (filtered on the server); marks the current one. */
export function StaffNav({ links }: { links: StaffNavLink[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Staff">
      <ul className="flex flex-wrap items-center gap-1">
        {links.map((link) => {
          const current = pathname === link.href || pathname.startsWith(`${link.href}/`);
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
