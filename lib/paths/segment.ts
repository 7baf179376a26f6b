/** One URL path segment from an id: every staff path encodes its ids the same way. */
export const segment = (id: string | number) => encodeURIComponent(String(id));
