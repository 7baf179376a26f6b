import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { readStatusPageLanguage, STATUS_FORM_MESSAGES } from "@/lib/candidate-rights/read-status-page-language";

// The pages of one status link speak the candidate's language, which can fall back to the one
// they applied in (docs/decisions/0042).
type Props = { children: ReactNode; params: Promise<{ token: string }> };

export default async function StatusLinkLayout({ children, params }: Props) {
  const locale = await readStatusPageLanguage((await params).token);
  setRequestLocale(locale);
  return (
    <ClientMessages locale={locale} pick={STATUS_FORM_MESSAGES}>
      {children}
    </ClientMessages>
  );
}
