import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { listRejectionOptions, type RejectionOptions } from "@/lib/pipeline/list-rejection-options";
import { loadApplicationsFilterOptions, type ApplicationsFilterOptions } from "./load-filter-options";
import { queryApplications, type ApplicationsPage } from "./query-applications";
import type { ApplicationsView } from "./view-schema";

export type ApplicationsBulkContext = {
  job: { id: number; title: string; organizationName: string };
  permissions: { canMove: boolean; canReject: boolean; canTag: boolean };
  stages: { stageId: number; name: string }[];
  rejectionOptions: RejectionOptions;
  senderName: string;
};

export type ApplicationsTableData = {
  /** The view as applied: stage and question ids of another job dropped. */
  view: ApplicationsView;
  page: ApplicationsPage;
  options: ApplicationsFilterOptions;
  /** Bulk actions work within one job's pipeline, for people who may act on it. */
  bulk: ApplicationsBulkContext | null;
};

/**
 * Everything the applications table page shows. `listJobs`: the page across jobs, which offers
 * the job filter. Throws NOT_FOUND for a job the actor cannot see.
 */
export async function loadApplicationsTable({
  actor,
  view,
  listJobs,
}: {
  actor: Actor;
  view: ApplicationsView;
  listJobs: boolean;
}): Promise<ApplicationsTableData> {
  const permissions = {
    canMove: can(actor, "application.move"),
    canReject: can(actor, "application.reject"),
    canTag: can(actor, "application.tag"),
  };
  const mayAct = permissions.canMove || permissions.canReject || permissions.canTag;
  // The page is read beside the options rather than after them: they change the view only when
  // it names stages or a question another job has, or stage names (rare), and then it is read
  // again as applied. Each read waits on several round trips; one after the other they were the
  // larger part of the table's database time. A promise not awaited below must not go unhandled.
  const early = view.stageName.length === 0 ? queryApplications({ actor, view }) : null;
  const rejectionRead = view.jobId !== undefined && mayAct ? listRejectionOptions({ actor }) : null;
  for (const read of [early, rejectionRead]) read?.catch(() => undefined);
  const options = await loadApplicationsFilterOptions({ actor, jobId: view.jobId, listJobs });
  const applied = viewWithinOptions(view, options);
  const [page, rejectionOptions] = await Promise.all([
    early && sameFilters(view, applied) ? early : queryApplications({ actor, view: applied }),
    rejectionRead,
  ]);
  const bulk =
    options.job && rejectionOptions
      ? {
          job: options.job,
          permissions,
          stages: options.stages.map((stage) => ({ stageId: stage.id, name: stage.name })),
          rejectionOptions,
          senderName: actor.name ?? actor.email,
        }
      : null;
  return { view: applied, page, options, bulk };
}

/** Whether applying the options left the view's filters as they were. */
function sameFilters(view: ApplicationsView, applied: ApplicationsView): boolean {
  return (
    view.question === applied.question &&
    view.stageName.length === applied.stageName.length &&
    view.stage.length === applied.stage.length &&
    view.stage.every((id) => applied.stage.includes(id))
  );
}

/**
 * The view as the table applies it. Ids picked for one job mean nothing for another (e.g. after
 * switching the job filter), and within one job, stage names become that job's stage ids, which
 * its form shows.
 */
export function viewWithinOptions(view: ApplicationsView, options: ApplicationsFilterOptions): ApplicationsView {
  return options.job
    ? {
        ...view,
        stage: options.stages
          .filter((stage) => view.stage.includes(stage.id) || view.stageName.includes(stage.name))
          .map((stage) => stage.id),
        stageName: [],
        question: options.questions.some((question) => question.id === view.question) ? view.question : undefined,
      }
    : { ...view, stage: [], question: undefined };
}
