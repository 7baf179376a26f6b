import type { ReactNode } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

/** One titled card of the profile; its heading names the region for screen readers. */
export function ProfileSection({
  id,
  title,
  actions,
  children,
}: {
  id: string;
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card>
      <section aria-labelledby={`${id}-title`} id={id}>
        <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
          <CardTitle id={`${id}-title`}>{title}</CardTitle>
          {actions}
        </CardHeader>
        <CardContent>{children}</CardContent>
      </section>
    </Card>
  );
}
