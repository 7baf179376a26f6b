// Reads a candidate's contact details out of their resume's plain text, as suggestions the
// application form offers field by field (docs/resume-prefill.md measures it). Pure: no I/O.
import { splitPersonName } from "./split-name";
import { isHeading, isReferencesHeading, LABELS, stripLabel } from "./resume-vocabulary";
import { findLocation } from "./find-location";

export type ContactSuggestions = {
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  location?: string;
  linkedinUrl?: string;
  githubUrl?: string;
  websiteUrl?: string;
};

export type ContactField = keyof ContactSuggestions;

// Where a name is looked for when no line is labelled as one: the top of the contact lines.
const HEADER_LINES = 12;
const SEPARATORS = /\s+[|•·⋅◦∙▪–—/]\s+|\s*[|•·⋅◦∙▪]\s*|\t|\s{3,}/u;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const URL_LIKE = /\b(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:\/[^\s|,;()<>"]*)?/giu;
const PHONE = /(?:\+|\b00)?\(?\d[\d\s().\-/]{5,}\d/gu;

export function extractContact(text: string): ContactSuggestions {
  const lines = contactLines(text);
  const segments = lines
    .flatMap((line) => line.split(SEPARATORS))
    .map((part) => part.trim())
    .filter(Boolean);
  const suggestions: ContactSuggestions = {};

  const email = firstMatch(segments, EMAIL);
  if (email) suggestions.email = email.replace(/[.]+$/, "");

  for (const url of urlsIn(segments)) {
    const link = classifyUrl(url);
    if (link && !suggestions[link.field]) suggestions[link.field] = link.url;
  }

  const phone = findPhone(segments);
  if (phone) suggestions.phone = phone;

  const name = findName(lines, textLines(text), segments, email);
  if (name) Object.assign(suggestions, name);

  const location = findLocation(segments, name ? `${name.firstName} ${name.lastName}` : "");
  if (location) suggestions.location = location;
  return suggestions;
}

/** The lines worth reading, in order: the header block and any contact section, never references. */
export function contactLines(text: string): string[] {
  const all = textLines(text);
  const kept: string[] = [];
  let inContact = true;
  for (const line of all) {
    if (isReferencesHeading(line)) {
      inContact = false;
      continue;
    }
    const heading = isHeading(line);
    if (heading === "contact") {
      inContact = true;
      continue;
    }
    if (heading === "other") {
      inContact = false;
      continue;
    }
    if (inContact || LABELS.some((label) => label.pattern.test(line))) kept.push(line);
  }
  return kept.filter((line) => !/\breferen(ce|t)s?\b|\breferee\b|рекомендац|推荐人/iu.test(line));
}

function textLines(text: string): string[] {
  return text
    .split(/\n/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

function firstMatch(segments: string[], pattern: RegExp): string | undefined {
  for (const segment of segments) {
    const found = segment.match(pattern);
    if (found) return found[0];
  }
  return undefined;
}

/**
 * Links that stand alone in their segment: a contact line lists them between separators, while a
 * company's site sits inside a sentence ("Engineer, Initech (initech.com), 2019").
 */
function urlsIn(segments: string[]): string[] {
  return segments.flatMap((segment) => {
    const value = stripLabel(segment).replace(/[.,;:]+$/, "");
    const match = value.match(URL_LIKE);
    return match?.[0] === value && !value.includes("@") ? [value] : [];
  });
}

type Link = { field: "linkedinUrl" | "githubUrl" | "websiteUrl"; url: string };

function classifyUrl(raw: string): Link | undefined {
  const url = /^https?:\/\//i.test(raw) ? raw : `https://${raw}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
  const [first] = parsed.pathname.split("/").filter(Boolean);
  if (host.endsWith("linkedin.com"))
    return /^\/(in|pub)\/[^/]+/.test(parsed.pathname)
      ? { field: "linkedinUrl", url: url.replace(/\/+$/, "") }
      : undefined;
  if (host === "github.com") return first ? { field: "githubUrl", url: `https://github.com/${first}` } : undefined;
  // "Node.js", "ASP.NET", "resume.pdf": words with a dot are not websites unless written like one.
  const tld = host.split(".").pop() ?? "";
  if (!WEBSITE_TLDS.has(tld) || (!/^(https?:\/\/|www\.)/i.test(raw) && raw !== raw.toLowerCase())) return undefined;
  return { field: "websiteUrl", url: url.replace(/\/+$/, "") };
}

const WEBSITE_TLDS = new Set(
  "com org net io dev me co ai app info name xyz tech site page blog design online art studio de uk ru cn in fr es it nl ca au jp br ch se no pl at be dk fi ie pt cz ua kz ae sa eg ma mx ar cl nz za sg hk tw kr".split(
    " ",
  ),
);

function findPhone(segments: string[]): string | undefined {
  const candidates: { value: string; labelled: boolean; international: boolean }[] = [];
  for (const segment of segments) {
    const labelled = LABELS.some((label) => label.field === "phone" && label.pattern.test(segment));
    for (const match of segment.matchAll(PHONE)) {
      const value = match[0].trim();
      const digits = value.replace(/\D/g, "");
      if (digits.length < 7 || digits.length > 15) continue;
      // Dates and their ranges ("2019 - 2021", "01.02.2020"), not numbers to call.
      if (/^(19|20)\d\d\s*[-–/.]\s*((19|20)\d\d|\d\d?)$/.test(value)) continue;
      if (/^\d{1,2}[./]\d{1,2}[./](19|20)\d\d$/.test(value)) continue;
      candidates.push({ value, labelled, international: /^(\+|00)/.test(value) });
    }
  }
  const best = candidates.find((c) => c.labelled) ?? candidates.find((c) => c.international) ?? candidates[0];
  return best ? formatPhone(best.value) : undefined;
}

/** What the form's phone field accepts: digits, spaces, ( ) . - and a leading +. */
function formatPhone(raw: string): string {
  return raw.replace(/^00/, "+").replace(/\//g, " ").replace(/\s+/g, " ").trim();
}

function findName(
  lines: string[],
  allLines: string[],
  segments: string[],
  email: string | undefined,
): { firstName: string; lastName: string } | undefined {
  for (const segment of segments) {
    const label = LABELS.find((candidate) => candidate.field === "name" && candidate.pattern.test(segment));
    if (label) {
      const split = splitPersonName(stripLabel(segment));
      if (split) return split;
    }
  }
  // A sidebar drawn before the main column puts the name after the contact section: look past it.
  const firstWords = (from: string[]) =>
    from.slice(0, HEADER_LINES + 4).flatMap((line) => (isHeading(line) ? [] : line.split(SEPARATORS).slice(0, 1)));
  const local = email?.split("@")[0]?.toLowerCase() ?? "";
  const split = [...firstWords(lines), ...firstWords(allLines)]
    .map((line) => ({ line, name: splitPersonName(line) }))
    .filter((candidate) => candidate.name);
  const byEmail = split.find(({ name }) =>
    [name!.firstName, name!.lastName].some((part) => part.length > 2 && local.includes(part.toLowerCase())),
  );
  return (byEmail ?? split[0])?.name;
}
