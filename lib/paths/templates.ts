// The staff pages of email templates, in one place for links and revalidation.
import { segment } from "./segment";

export const TEMPLATES_PATH = "/hiring/templates";
export const NEW_TEMPLATE_PATH = `${TEMPLATES_PATH}/new`;
export const templateEditPath = (templateId: string) => `${TEMPLATES_PATH}/${segment(templateId)}/edit`;
