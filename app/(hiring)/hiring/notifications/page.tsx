import type { Metadata } from "next";
import { NotificationList } from "@/components/notifications/notification-list";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { requireActorForPage } from "@/lib/auth/session";
import { listNotifications } from "@/lib/notifications/list-notifications";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Notifications", robots: { index: false, follow: false } };

export default async function NotificationsPage() {
  const actor = await requireActorForPage();
  const notifications = await listNotifications({ actor });
  return (
    <MainContent>
      <Container width="narrow" className="space-y-6 py-8">
        <h1 className="text-3xl font-bold text-ink">Notifications</h1>
        <NotificationList notifications={notifications} />
      </Container>
    </MainContent>
  );
}
