import type { Metadata } from "next";
import type { ReactNode } from "react";
import { StaffHeader } from "@/components/hiring/staff-header";
import { getActor } from "@/lib/auth/session";

export const metadata: Metadata = {
  title: { default: "Trellis", template: "%s · Trellis" },
  robots: { index: false, follow: false },
};

// The shell of every staff page, sign-in included (which is why it only reads the actor).
// Layouts are not a security boundary: each page calls requireActorForPage() itself, and
// renders its own <MainContent>.
export default async function HiringLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  return (
    <>
      <StaffHeader actor={actor} />
      {children}
    </>
  );
}
