import { redirect } from "next/navigation";
import { STAFF_HOME_PATH } from "@/lib/auth/paths";
import { requireActorForPage } from "@/lib/auth/session";

export default async function HiringHomePage() {
  await requireActorForPage();
  redirect(STAFF_HOME_PATH);
}
