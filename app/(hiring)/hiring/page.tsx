import { redirect } from "next/navigation";
import { STAFF_HOME_PATH } from "@/lib/auth/paths";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { MY_INTERVIEWS_PATH } from "@/lib/paths/interviews";

export default async function HiringHomePage() {
  const actor = await requireActorForPage();
  redirect(can(actor, "pipeline.read") ? STAFF_HOME_PATH : MY_INTERVIEWS_PATH);
}
