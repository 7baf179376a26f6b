// The parts of a DOCX that hold its text, taken out of the upload under caps and packed into a
// small zip of their own, which is all the parser (mammoth) ever gets. Pictures, embedded files,
// fonts and themes are never inflated: a resume's text does not need them.
import { zipSync } from "fflate";
import { inflateEntry, UnreadableZipError, zipEntries } from "./zip-entries";

// The package's content types and relationships, and the WordprocessingML parts directly in
// word/ (document, styles, numbering, footnotes, endnotes, comments) with their relationships.
const TEXT_PART = /^(\[Content_Types\]\.xml|_rels\/\.rels|word\/(_rels\/)?[^/]+\.(xml|rels))$/;

/** The text parts of `docx`, at most `maxBytes` inflated in all; throws UnreadableZipError past that or on any lie. */
export function docxTextParts(docx: Uint8Array, maxBytes: number): Uint8Array {
  const parts: Record<string, Uint8Array> = {};
  let left = maxBytes;
  for (const entry of zipEntries(docx)) {
    if (!TEXT_PART.test(entry.name)) continue;
    const inflated = inflateEntry(docx, entry, left);
    left -= inflated.byteLength;
    parts[entry.name] = inflated;
  }
  if (!parts["word/document.xml"] && !parts["_rels/.rels"])
    throw new UnreadableZipError("no WordprocessingML document in the archive");
  // Stored, not compressed again: the parser inflates nothing, and packing costs a copy.
  return zipSync(parts, { level: 0 });
}
