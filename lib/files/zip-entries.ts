// Reads a zip (a DOCX) without trusting it: the entry list from its central directory, and one
// entry at a time inflated under a cap, so a zip bomb is refused after at most the cap's worth of
// work, whatever sizes its headers state. No third-party unzip ever sees an upload's own zip.
import { inflateRawSync } from "node:zlib";

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const ENTRY_HEADER_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
// Zip64 puts the real sizes elsewhere; a resume never needs it, so such an archive is refused.
const ZIP64_MARKER = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x1;

export type ZipEntry = {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** What the headers say it unzips to: a claim, checked when it is inflated. */
  declaredSize: number;
  localHeaderOffset: number;
};

/** A zip that may not be read: malformed, zip64, encrypted, or larger than a limit. */
export class UnreadableZipError extends Error {}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.byteLength >= 4 && view(bytes).getUint32(0, true) === LOCAL_FILE_HEADER;
}

/** The entries the central directory lists. Throws UnreadableZipError for anything it cannot vouch for. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const data = view(bytes);
  const end = findEndRecord(data);
  if (end < 0) throw new UnreadableZipError("no end of central directory");
  const count = data.getUint16(end + 10, true);
  let offset = data.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (offset + ENTRY_HEADER_SIZE > data.byteLength || data.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY)
      throw new UnreadableZipError("broken central directory");
    const nameLength = data.getUint16(offset + 28, true);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(
        bytes.subarray(offset + ENTRY_HEADER_SIZE, offset + ENTRY_HEADER_SIZE + nameLength),
      ),
      method: data.getUint16(offset + 10, true),
      encrypted: (data.getUint16(offset + 8, true) & ENCRYPTED_FLAG) !== 0,
      compressedSize: data.getUint32(offset + 20, true),
      declaredSize: data.getUint32(offset + 24, true),
      localHeaderOffset: data.getUint32(offset + 42, true),
    };
    if (
      entry.compressedSize === ZIP64_MARKER ||
      entry.declaredSize === ZIP64_MARKER ||
      entry.localHeaderOffset === ZIP64_MARKER
    )
      throw new UnreadableZipError("zip64");
    entries.push(entry);
    offset += ENTRY_HEADER_SIZE + nameLength + data.getUint16(offset + 30, true) + data.getUint16(offset + 32, true);
  }
  return entries;
}

/**
 * The entry's bytes, inflated with a cap: at most `maxBytes` and at most what its headers
 * declared, so a header that lies about its size is caught as soon as the output passes it.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
  if (entry.encrypted) throw new UnreadableZipError(`${entry.name} is encrypted`);
  if (entry.declaredSize > maxBytes)
    throw new UnreadableZipError(`${entry.name} would unzip to ${entry.declaredSize} bytes`);
  const compressed = entryData(bytes, entry);
  let inflated: Uint8Array;
  if (entry.method === STORED) inflated = compressed;
  else if (entry.method === DEFLATED) {
    try {
      // zlib stops and throws once its output passes the limit: nothing past it is ever inflated.
      inflated = inflateRawSync(compressed, { maxOutputLength: Math.max(1, entry.declaredSize) });
    } catch (error) {
      throw new UnreadableZipError(
        `${entry.name} does not inflate to its declared ${entry.declaredSize} bytes (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  } else throw new UnreadableZipError(`${entry.name} uses compression method ${entry.method}`);
  if (inflated.byteLength !== entry.declaredSize)
    throw new UnreadableZipError(
      `${entry.name} unzips to ${inflated.byteLength} bytes, not the ${entry.declaredSize} declared`,
    );
  return inflated;
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + LOCAL_HEADER_SIZE > data.byteLength || data.getUint32(at, true) !== LOCAL_FILE_HEADER)
    throw new UnreadableZipError(`${entry.name}: broken local header`);
  // The local header's name and extra field lengths may differ from the central directory's.
  const start = at + LOCAL_HEADER_SIZE + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  if (start + entry.compressedSize > data.byteLength)
    throw new UnreadableZipError(`${entry.name}: data past the end of the file`);
  return bytes.subarray(start, start + entry.compressedSize);
}

function findEndRecord(data: DataView): number {
  // The record is the last thing in the file, followed by a comment of at most 65,535 bytes.
  const earliest = Math.max(0, data.byteLength - END_RECORD_SIZE - 0xffff);
  for (let offset = data.byteLength - END_RECORD_SIZE; offset >= earliest; offset -= 1) {
    if (data.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return -1;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
