// One search term as a Prisma filter (see docs/decisions/0019-search-words-index.md). A word
// must be a word of the application's text (GIN over searchWords, whose element statistics let
// the planner walk the page's sort order for a common word and use the index for a rare one),
// or any part of the name, email or reference (trigram GIN over the short searchKeys).
import type { Prisma } from "@/lib/generated/prisma/client";
import { escapeLike } from "@/lib/search/escape-like";
import { wordsOf } from "@/lib/search/normalize-search-text";

/** pg_trgm finds no trigram in a shorter term, so LIKE on searchKeys would read every row. */
const MIN_KEY_FRAGMENT = 3;

/** `term` is normalized (lib/search/normalize-search-text) and holds no whitespace. */
export function searchTermFilter(term: string): Prisma.ApplicationWhereInput {
  const words = [...new Set(wordsOf(term))];
  const inKeys: Prisma.ApplicationWhereInput = { searchKeys: { contains: escapeLike(term) } };
  if (words.length === 1 && words[0] === term) {
    const asWord: Prisma.ApplicationWhereInput = { searchWords: { has: term } };
    return term.length >= MIN_KEY_FRAGMENT ? { OR: [asWord, inKeys] } : asWord;
  }
  // Punctuation ("io_uring", "node.js", "40%"): its words narrow the rows by the index, then the
  // text must hold the term as typed. A term of punctuation alone ("%") reads every row's text.
  const inText: Prisma.ApplicationWhereInput = { searchText: { contains: escapeLike(term) } };
  return { OR: [inKeys, words.length > 0 ? { AND: [{ searchWords: { hasEvery: words } }, inText] } : inText] };
}
