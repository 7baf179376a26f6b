// The staff report pages, in one place for links and revalidation.

export const REPORTS_PATH = "/hiring/reports";
export const EEO_REPORT_PATH = `${REPORTS_PATH}/eeo`;
