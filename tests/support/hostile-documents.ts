// Hostile uploads, built in code: each one attacks a bound of reading a document's text (a zip
// bomb whose headers lie, a huge image inside a DOCX, PDFs nested deep or inflating to gigabytes).
import { constants, deflateRawSync, deflateSync } from "node:zlib";
import { minimalDocx, zipEntries } from "./docx";

const MB = 1024 * 1024;

/**
 * Raw deflate data that inflates to `prefix`, then `fillBytes` bytes of `fill`, then `suffix`,
 * built without holding the inflated bytes: one compressed megabyte of `fill` (byte-aligned by a
 * sync flush) repeated, so a gigabyte costs about a megabyte.
 */
export function deflateBomb(
  fillBytes: number,
  { prefix = "", suffix = "", fill = 0x20 }: { prefix?: string; suffix?: string; fill?: number } = {},
): Buffer {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const megabyte = deflateRawSync(Buffer.alloc(MB, fill), flush);
  const parts = [deflateRawSync(Buffer.from(prefix), flush)];
  for (let left = fillBytes; left > 0; left -= MB)
    parts.push(left >= MB ? megabyte : deflateRawSync(Buffer.alloc(left, fill), flush));
  parts.push(deflateRawSync(Buffer.from(suffix)));
  return Buffer.concat(parts);
}

const DOCUMENT_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
const DOCUMENT_END = "</w:t></w:r></w:p></w:body></w:document>";

/** A DOCX whose word/document.xml says (in both its headers) it unzips to 1 KB, and unzips to `inflatedBytes`. */
export function docxZipBombWithLyingSizes(inflatedBytes = 1024 * MB): Uint8Array {
  return replaceEntry(minimalDocx(), "word/document.xml", {
    compressed: deflateBomb(inflatedBytes, { prefix: DOCUMENT_START, suffix: DOCUMENT_END }),
    declaredSize: 1024,
  });
}

/**
 * A DOCX whose [Content_Types].xml (the part that tells a DOCX from other zips) unzips to
 * `inflatedBytes` while its headers say 1 KB: a bomb for the upload's type check.
 */
export function docxWithContentTypesBomb(inflatedBytes = 1024 * MB): Uint8Array {
  return replaceEntry(minimalDocx(), "[Content_Types].xml", {
    compressed: deflateBomb(inflatedBytes, {
      prefix: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
      suffix:
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    }),
    declaredSize: 1024,
  });
}

/** A real DOCX with `paragraphs` and a picture that unzips to `imageBytes` (honestly declared unless `declaredSize`). */
export function docxWithHugeImage(paragraphs: string[], imageBytes = 512 * MB, declaredSize = imageBytes): Uint8Array {
  return replaceEntry(minimalDocx(paragraphs), "word/media/image1.png", {
    compressed: deflateBomb(imageBytes, { fill: 0 }),
    declaredSize,
  });
}

function replaceEntry(docx: Uint8Array, name: string, entry: { compressed: Buffer; declaredSize: number }): Uint8Array {
  const entries = readEntries(docx).filter((existing) => existing.name !== name);
  return zipEntries([...entries, { name, ...entry }]);
}

/** The entries of a zip written by zipEntries (stored sizes, no data descriptors). */
function readEntries(bytes: Uint8Array) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: { name: string; compressed: Buffer; declaredSize: number }[] = [];
  for (let offset = 0; buffer.readUInt32LE(offset) === 0x04034b50;) {
    const compressedSize = buffer.readUInt32LE(offset + 18);
    const nameLength = buffer.readUInt16LE(offset + 26);
    const start = offset + 30 + nameLength + buffer.readUInt16LE(offset + 28);
    entries.push({
      name: buffer.toString("utf8", offset + 30, offset + 30 + nameLength),
      compressed: buffer.subarray(start, start + compressedSize),
      declaredSize: buffer.readUInt32LE(offset + 22),
    });
    offset = start + compressedSize;
  }
  return entries;
}

/** A PDF of the given objects (object 1 the catalog), with a correct cross-reference table. */
export function pdfOf(objects: (string | Buffer)[]): Uint8Array {
  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(length);
    const part = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`),
      Buffer.isBuffer(object) ? object : Buffer.from(object, "latin1"),
      Buffer.from("\nendobj\n"),
    ]);
    parts.push(part);
    length += part.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  parts.push(
    Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`),
  );
  return new Uint8Array(Buffer.concat(parts));
}

const FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
const page = (extra: string) =>
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> ${extra}>>`;

/** A one-page PDF whose page dictionary holds arrays nested `depth` deep, and dictionaries as deep. */
export function pdfWithDeepNesting(depth = 200_000): Uint8Array {
  const arrays = `${"[".repeat(depth)}${"]".repeat(depth)}`;
  const dictionaries = `${"<< /A ".repeat(depth)}${">> ".repeat(depth)}`;
  const content = "BT /F1 12 Tf 72 720 Td (Nested) Tj ET";
  return pdfOf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    page(`/Nested ${arrays} /Deeper ${dictionaries}`),
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    FONT,
  ]);
}

/** A one-page PDF whose page content is a Flate stream that inflates to `inflatedBytes` of blanks. */
export function pdfWithContentBomb(inflatedBytes = 1024 * MB): Uint8Array {
  // A zlib stream (what /FlateDecode means): header, the raw deflate data, then a checksum pdf.js does not check.
  const header = deflateSync(Buffer.alloc(0)).subarray(0, 2);
  const data = Buffer.concat([
    header,
    deflateBomb(inflatedBytes, { prefix: "BT /F1 12 Tf 72 720 Td (Bomb) Tj ET\n", suffix: "\n" }),
    Buffer.alloc(4),
  ]);
  const stream = Buffer.concat([
    Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`),
    data,
    Buffer.from("\nendstream"),
  ]);
  return pdfOf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    page(""),
    stream,
    FONT,
  ]);
}
