import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InviteStaffForm } from "@/components/hiring/invite-staff-form";
import { StaffTable } from "@/components/hiring/staff-table";
import { Card, CardContent } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { listStaff } from "@/lib/staff/list-staff";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  const actor = await requireActorForPage();
  if (!can(actor, "staff.manage")) notFound();
  const staff = await listStaff({ actor });
  return (
    <MainContent className="py-8">
      <Container width="wide" className="space-y-8">
        <div>
          <h1 className="text-3xl font-bold text-ink">Staff</h1>
          <p className="mt-1 text-ink-muted">
            Only invited people can sign in. Deactivating someone signs them out everywhere at once.
          </p>
        </div>
        <Card>
          <CardContent>
            <InviteStaffForm />
          </CardContent>
        </Card>
        <StaffTable staff={staff} currentUserId={actor.userId} />
      </Container>
    </MainContent>
  );
}
