"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { assertCan } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { requireActorForAction } from "@/lib/auth/session";
import { actionFailure, validationFailure, type ActionFailure } from "@/lib/http/action-failure";
import { closeJob } from "@/lib/jobs/close-job";
import { createJob } from "@/lib/jobs/create-job";
import { getJobForEditing, type JobForEditing } from "@/lib/jobs/get-job-for-editing";
import { jobFormSchema } from "@/lib/jobs/job-form-schema";
import { publishJob } from "@/lib/jobs/publish-job";
import { revalidateJobPosting } from "@/lib/jobs/revalidate-job-posting";
import { updateJob } from "@/lib/jobs/update-job";
import { staffJobEditPath, STAFF_JOBS_PATH } from "@/lib/jobs/staff-job-paths";

export type JobActionResult =
  | { ok: true; jobId: number; slug: string; message: string; editing?: Pick<JobForEditing, "values" | "locks"> }
  | ActionFailure;

// Bound to a job id by the page, but a forged call can send anything: parse it like the form.
function parseJobId(jobId: unknown): number {
  const parsed = z.number().int().positive().safeParse(jobId);
  if (!parsed.success) throw new AppError("NOT_FOUND", "That job does not exist or is not visible to you.");
  return parsed.data;
}

export async function createJobAction(values: unknown): Promise<JobActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "job.manage");
    const parsed = jobFormSchema.safeParse(values);
    if (!parsed.success) return validationFailure(parsed.error, "Some of the job's details need fixing.");
    const job = await createJob({ actor, input: parsed.data });
    revalidatePath(STAFF_JOBS_PATH);
    return { ok: true, jobId: job.id, slug: job.slug, message: "Draft saved. Publish it when it is ready." };
  } catch (error) {
    return actionFailure(error, "createJob");
  }
}

export async function updateJobAction(jobId: number, values: unknown): Promise<JobActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "job.manage");
    const id = parseJobId(jobId);
    const parsed = jobFormSchema.safeParse(values);
    if (!parsed.success) return validationFailure(parsed.error, "Some of the job's details need fixing.");
    const job = await updateJob({ actor, jobId: id, input: parsed.data });
    revalidateJobPosting(job.slug);
    if (job.previousSlug !== job.slug) revalidateJobPosting(job.previousSlug);
    revalidatePath(STAFF_JOBS_PATH);
    revalidatePath(staffJobEditPath(id));
    const message = job.status === "PUBLISHED" ? "Saved. The careers site shows the changes now." : "Saved.";
    // The saved state, with ids for rows that were new, so the form's next save updates them.
    const { values: saved, locks } = await getJobForEditing({ actor, jobId: id });
    return { ok: true, jobId: job.id, slug: job.slug, message, editing: { values: saved, locks } };
  } catch (error) {
    return actionFailure(error, "updateJob");
  }
}

export async function publishJobAction(jobId: number): Promise<JobActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "job.manage");
    const id = parseJobId(jobId);
    const job = await publishJob({ actor, jobId: id });
    revalidateJobPosting(job.slug);
    revalidatePath(STAFF_JOBS_PATH);
    revalidatePath(staffJobEditPath(id));
    return { ok: true, jobId: id, slug: job.slug, message: "Published: the job is on the careers site." };
  } catch (error) {
    return actionFailure(error, "publishJob");
  }
}

export async function closeJobAction(jobId: number): Promise<JobActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "job.manage");
    const id = parseJobId(jobId);
    const job = await closeJob({ actor, jobId: id });
    revalidateJobPosting(job.slug);
    revalidatePath(STAFF_JOBS_PATH);
    revalidatePath(staffJobEditPath(id));
    return { ok: true, jobId: id, slug: job.slug, message: "Closed: the posting now says the role is no longer open." };
  } catch (error) {
    return actionFailure(error, "closeJob");
  }
}
