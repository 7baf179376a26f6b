/**
 * One CSV field of text (RFC 4180: quoted when it holds a quote, comma or line break). Text a
 * spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading ' so it
 * stays text: a candidate named "=HYPERLINK(…)" must not become a link in a recruiter's sheet.
 */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record, ending in CRLF. */
export function csvLine(texts: readonly string[]): string {
  return `${texts.map(csvField).join(",")}\r\n`;
}
