"use server";

// The status-link pages' language switcher: their addresses carry no language (links in sent
// emails must keep working), so the choice is the language cookie the careers site's switcher
// sets too, and the same page is shown again (docs/decisions/0042). A plain form post: it works
// without JavaScript.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { statusLanguageChoiceSchema } from "@/lib/candidate-rights/schema";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export async function chooseStatusLanguageAction(form: FormData): Promise<void> {
  const parsed = statusLanguageChoiceSchema.safeParse({ locale: form.get("locale"), returnTo: form.get("returnTo") });
  if (!parsed.success) redirect("/applications/status");
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    sameSite: "lax",
    maxAge: ONE_YEAR_SECONDS,
  });
  redirect(parsed.data.returnTo);
}
