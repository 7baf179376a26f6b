// Every date the app prints, in named formats. Fixed locales and the UTC zone: the server does
// not know the reader's zone, and the server and the browser must print the same text.
// (Interview times, shown in a chosen zone, are lib/interviews/format-interview-time.ts and the
// offered times lib/self-scheduling/format-slot.ts: both print a language through intlLocale.)
import { formatDistanceStrict } from "date-fns";

// Candidates read dates in their language (i18n/locales.ts); anything else in American English.
const INTL_LOCALES: Record<string, string> = { en: "en-US", de: "de-DE" };

/** The Intl locale a language of ours is printed in: "de" → "de-DE"; "en" or none → "en-US". */
export const intlLocale = (language = "en"): string => INTL_LOCALES[language] ?? "en-US";

const SHORT_DATE = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const DATE_TIME = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const LONG_DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** "5 Mar 2026": staff screens. Takes an ISO string too (dates that crossed to the browser as JSON). */
export const formatDate = (date: Date | string) => SHORT_DATE.format(new Date(date));

/** "5 Mar 2026, 14:07 UTC": staff screens, when the time of day matters. */
export const formatDateTime = (date: Date | string) => `${DATE_TIME.format(new Date(date))} UTC`;

/** "March 5, 2026": what candidates and the public read (postings, status pages, offer letters). */
export const formatLongDate = (date: Date) => LONG_DATE.format(date);

/** "2026-03-05 14:07:09 UTC": records read for the exact moment (the audit log, legal text versions). */
export const formatTimestamp = (date: Date) => `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;

/** "2026-03-05": file names, form fields and query strings. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** "3 days ago": how long something has waited, in words scanned quickly. */
export const formatTimeAgo = (date: Date, now = new Date()) => `${formatDistanceStrict(date, now)} ago`;
