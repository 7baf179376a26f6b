// Departments and offices in the shape of Greenhouse's Job Board API. Trellis has no department
// or office hierarchy, so every node is a root without children.
import { officeLabel } from "@/lib/jobs/labels";
import { serializeJobSummary, type BoardDepartment, type BoardJob, type BoardOffice } from "./serialize-job";

/** Greenhouse's `render_as`: "list" (parent_id + child_ids, the default) or "tree" (children). */
export type RenderAs = "list" | "tree";

export function parseRenderAs(value: string | null): RenderAs {
  return value === "tree" ? "tree" : "list";
}

function hierarchy(renderAs: RenderAs) {
  return renderAs === "tree" ? { children: [] as never[] } : { parent_id: null, child_ids: [] as number[] };
}

export function serializeDepartment(department: BoardDepartment, jobs: BoardJob[], appUrl: string, renderAs: RenderAs) {
  return {
    id: department.id,
    name: department.name,
    jobs: jobs.filter((job) => job.department.id === department.id).map((job) => serializeJobSummary(job, appUrl)),
    ...hierarchy(renderAs),
  };
}

/** An office with every department and, in each, the open jobs at that office. */
export function serializeOffice(
  office: BoardOffice,
  departments: BoardDepartment[],
  jobs: BoardJob[],
  appUrl: string,
  renderAs: RenderAs,
) {
  const here = jobs.filter((job) => job.offices.some((each) => each.id === office.id));
  return {
    id: office.id,
    name: office.name,
    location: officeLabel(office),
    departments: departments.map((department) => serializeDepartment(department, here, appUrl, renderAs)),
    ...hierarchy(renderAs),
  };
}
