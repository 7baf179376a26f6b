// The staff pages of applications, in one place for links and revalidation.
import { segment } from "./segment";

export const APPLICATIONS_PATH = "/hiring/applications";
export const APPLICATIONS_EXPORT_PATH = `${APPLICATIONS_PATH}/export`;
export const applicationProfilePath = (applicationId: string) => `${APPLICATIONS_PATH}/${segment(applicationId)}`;
export const applicationNotePath = (applicationId: string, noteId: string) =>
  `${applicationProfilePath(applicationId)}#note-${segment(noteId)}`;
export const applicationScorecardsPath = (applicationId: string) =>
  `${applicationProfilePath(applicationId)}/scorecards`;
export const applicationDocumentPath = (applicationId: string, fileId: string, inline = false) =>
  `${applicationProfilePath(applicationId)}/documents/${segment(fileId)}${inline ? "?inline=1" : ""}`;
