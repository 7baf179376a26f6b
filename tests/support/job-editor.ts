// A recruiter editing jobs through the domain functions the job editor's actions call.
import { beforeAll } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createJob } from "@/lib/jobs/create-job";
import { getJobForEditing } from "@/lib/jobs/get-job-for-editing";
import { jobFormSchema, type JobFormValues } from "@/lib/jobs/job-form-schema";
import { updateJob } from "@/lib/jobs/update-job";
import { actorFor, createStaffUser } from "../factories";
import { expectAppError } from "./app-error";
import { testDb } from "./db";
import { createJobFormRefs, jobFormValues } from "./job-form-values";

/**
 * Registers a beforeAll that makes the recruiter and the department and office jobs use; the
 * returned helpers (and `recruiter`, read inside a test) act as that recruiter.
 */
export function useJobEditor() {
  let refs: { departmentId: number; officeId: number };
  let recruiter: Actor;
  beforeAll(async () => {
    refs = await createJobFormRefs();
    recruiter = actorFor(await createStaffUser(testDb, { role: "RECRUITER" }));
  });

  const save = (jobId: number, values: JobFormValues) =>
    updateJob({ actor: recruiter, jobId, input: jobFormSchema.parse(values) });
  const editing = (jobId: number) => getJobForEditing({ actor: recruiter, jobId });

  /** A new job as the editor loads it, with the values the form would send back unchanged. */
  async function newJob() {
    const job = await createJob({ actor: recruiter, input: jobFormSchema.parse(jobFormValues(refs)) });
    return { ...job, values: (await editing(job.id)).values };
  }

  return {
    get recruiter() {
      return recruiter;
    },
    save,
    editing,
    newJob,
  };
}

/** Awaits an edit that must be refused as invalid and returns its field errors. */
export async function refusedEdit(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  return (await expectAppError(promise, "VALIDATION")).fieldErrors ?? {};
}
