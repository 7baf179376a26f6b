// The staff pages that are one list each (no ids below them), in one place for links and revalidation.

export const STAFF_AREA_PATH = "/hiring";
export const AUDIT_PATH = "/hiring/audit";
export const STAFF_PATH = "/hiring/staff";
export const PRIVACY_PATH = "/hiring/privacy";
export const NOTIFICATIONS_PATH = "/hiring/notifications";
