/**
 * A Content-Disposition header for a stored file name (RFC 6266): a plain-ASCII `filename` for
 * old clients and the exact name as RFC 5987 `filename*`. Quotes, backslashes, control and
 * non-ASCII characters never reach the quoted part, so a name cannot break out of the header.
 */
export function contentDisposition(disposition: "inline" | "attachment", fileName: string): string {
  const fallback =
    fileName
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/[^\x20-\x7e]/g, "_")
      .replace(/["\\%;]/g, "_")
      .trim() || "document";
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
