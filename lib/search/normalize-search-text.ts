// One normalization for what is stored in Application.searchText and for what is searched, so
// "José" finds "jose" and "JOSE": lower case, accents folded, whitespace collapsed.
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Upper bound of Application.searchText: names and notes come first, the resume tail is cut. */
export const MAX_SEARCH_TEXT_CHARS = 300_000;

export type SearchTextSource = {
  reference: string;
  candidate: { firstName: string; lastName: string; preferredName: string | null; email: string };
  resumeText: string | null;
  noteBodies: string[];
};

export function buildSearchText({ reference, candidate, resumeText, noteBodies }: SearchTextSource): string {
  const parts = [
    candidate.firstName,
    candidate.lastName,
    candidate.preferredName,
    candidate.email,
    reference,
    ...noteBodies,
    resumeText,
  ];
  return normalizeForSearch(parts.filter(Boolean).join("\n")).slice(0, MAX_SEARCH_TEXT_CHARS);
}

/** Application.sortName: last name first, so the table sorts people as a list of names does. */
export function buildSortName(candidate: { firstName: string; lastName: string; preferredName: string | null }): string {
  return normalizeForSearch(`${candidate.lastName} ${candidate.preferredName ?? candidate.firstName}`).slice(0, 200);
}
