/**
 * LIKE treats `%`, `_` and the escape character `\` specially; make them plain text. Prisma's
 * `contains` and `string_contains` pass the term to LIKE unescaped, so every search term goes
 * through here.
 */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** A LIKE pattern matching any text that contains `term` literally. */
export function containsPattern(term: string): string {
  return `%${escapeLike(term)}%`;
}
