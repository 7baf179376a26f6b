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

/**
 * Application.searchKeys: what people are found by a part of (names, email, reference), kept
 * apart from the resume so a trigram index over it stays small and exact.
 */
export function buildSearchKeys({ reference, candidate }: Pick<SearchTextSource, "reference" | "candidate">): string {
  return normalizeForSearch(
    [candidate.firstName, candidate.lastName, candidate.preferredName, candidate.email, reference]
      .filter(Boolean)
      .join(" "),
  );
}

/** Runs of letters and digits: "io_uring c++ 40%" has the words io, uring, c and 40. */
const NOT_A_WORD = /[^\p{L}\p{N}]+/u;

/** The words of normalized text, as searched: split on everything but letters and digits. */
export function wordsOf(normalized: string): string[] {
  return normalized.split(NOT_A_WORD).filter(Boolean);
}

/** Shorter beginnings find too many people to be worth an index entry. */
export const MIN_PREFIX_CHARS = 2;

/**
 * Application.searchWords: each word of searchText once, and the beginnings of the words of
 * searchKeys, so "hop" finds Hopper and "lovel" an email, by the same index and statistics.
 */
export function buildSearchWords(searchText: string, searchKeys: string): string[] {
  const prefixes = wordsOf(searchKeys).flatMap((word) => {
    const characters = Array.from(word);
    return characters
      .slice(MIN_PREFIX_CHARS - 1)
      .map((_, index) => characters.slice(0, index + MIN_PREFIX_CHARS).join(""));
  });
  return [...new Set([...wordsOf(searchText), ...prefixes])];
}

/** Application.sortName: last name first, so the table sorts people as a list of names does. */
export function buildSortName(candidate: {
  firstName: string;
  lastName: string;
  preferredName: string | null;
}): string {
  return normalizeForSearch(`${candidate.lastName} ${candidate.preferredName ?? candidate.firstName}`).slice(0, 200);
}
