/** LIKE treats `%`, `_` and the escape character `\` specially; make them plain text. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (character) => `\\${character}`);
}
