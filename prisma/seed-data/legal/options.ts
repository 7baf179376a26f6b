import type { FormOption } from "../../../lib/legal/form-content";

export const YES: FormOption = { value: "YES", label: "Yes" };
export const NO: FormOption = { value: "NO", label: "No" };

/** The first version of every legal text takes effect on this date. */
export const FIRST_VERSION_EFFECTIVE_FROM = "2026-01-01";
