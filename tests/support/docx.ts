// A minimal but real Word document (.docx: a zip of WordprocessingML), written here so tests
// need no fixture file and no zip library.
import { crc32, deflateRawSync } from "node:zlib";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** One paragraph per entry of `paragraphs`. */
export function minimalDocx(paragraphs: string[] = ["Resume of a test candidate"]): Uint8Array {
  const body = paragraphs
    .map((text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`)
    .join("");
  return zip({
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/document.xml":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:body>${body}</w:body></w:document>`,
  });
}

export function docxFile(name = "resume.docx", paragraphs?: string[]): File {
  return new File([minimalDocx(paragraphs) as BlobPart], name, { type: DOCX_TYPE });
}

/** A deflated zip of the given text files (no zip64, no comments). */
export function zip(files: Record<string, string>): Uint8Array {
  return zipEntries(
    Object.entries(files).map(([name, content]) => {
      const data = Buffer.from(content, "utf8");
      return { name, compressed: deflateRawSync(data), declaredSize: data.length, crc: crc32(data) };
    }),
  );
}

export type ZipEntry = {
  name: string;
  /** Raw deflate data. */
  compressed: Buffer;
  /** The uncompressed size both headers state: the true one, or a lie. */
  declaredSize: number;
  crc?: number;
};

/** A zip of already deflated entries, each with the size its headers state. */
export function zipEntries(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, compressed, declaredSize, crc = 0 } of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const fields = { crc, compressed: compressed.length, size: declaredSize, nameLength: nameBytes.length };

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommon(local, 4, fields);
    locals.push(local, nameBytes, compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    writeCommon(central, 6, fields);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);

    offset += local.length + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The fields local and central headers share, from "version needed" to the name length. */
function writeCommon(
  header: Buffer,
  at: number,
  fields: { crc: number; compressed: number; size: number; nameLength: number },
) {
  header.writeUInt16LE(20, at); // version needed
  header.writeUInt16LE(0x0800, at + 2); // UTF-8 names
  header.writeUInt16LE(8, at + 4); // deflate
  header.writeUInt16LE(0, at + 6); // time
  header.writeUInt16LE(0x21, at + 8); // date: 1980-01-01
  header.writeUInt32LE(fields.crc, at + 10);
  header.writeUInt32LE(fields.compressed, at + 14);
  header.writeUInt32LE(fields.size, at + 18);
  header.writeUInt16LE(fields.nameLength, at + 22);
}
