// One search term as a Prisma filter (see docs/decisions/0019-search-words-index.md). A word
// must be one of searchWords: a word of the application's text or the beginning of a word of
// its name, email or reference. One condition on one GIN-indexed array, whose element
// statistics let the planner walk the page's sort order for a common word and use the index
// for a rare one (an OR with a second index made it overestimate a surname and walk 30,000 rows).
import type { Prisma } from "@/lib/generated/prisma/client";
import { escapeLike } from "@/lib/utils/like-pattern";
import { wordsOf } from "@/lib/search/normalize-search-text";

/** `term` is normalized (lib/search/normalize-search-text) and holds no whitespace. */
export function searchTermFilter(term: string): Prisma.ApplicationWhereInput {
  const words = [...new Set(wordsOf(term))];
  if (words.length === 1 && words[0] === term) return { searchWords: { has: term } };
  // Any part of a name, email or reference, by the trigram index over the short searchKeys.
  const inKeys: Prisma.ApplicationWhereInput = { searchKeys: { contains: escapeLike(term) } };
  // Punctuation ("io_uring", "node.js", "40%"): its words narrow the rows by the index, then the
  // text must hold the term as typed. A term of punctuation alone ("%") reads every row's text.
  const inText: Prisma.ApplicationWhereInput = { searchText: { contains: escapeLike(term) } };
  return { OR: [inKeys, words.length > 0 ? { AND: [{ searchWords: { hasEvery: words } }, inText] } : inText] };
}
