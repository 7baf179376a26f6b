// Reads a zip's central directory (the list at its end) without inflating anything, so a DOCX
// can be refused before a zip bomb is expanded in memory.
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const ENTRY_HEADER_SIZE = 46;
// Zip64 puts the real sizes elsewhere; a resume never needs it, so treat it as too large.
const ZIP64_MARKER = 0xffffffff;

/** Sum of the sizes the entries say they unzip to; Infinity when the archive is unreadable or zip64. */
export function declaredUnzippedBytes(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return Infinity;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let total = 0;
  for (let index = 0; index < entries; index += 1) {
    if (offset + ENTRY_HEADER_SIZE > view.byteLength || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) return Infinity;
    const size = view.getUint32(offset + 24, true);
    if (size === ZIP64_MARKER) return Infinity;
    total += size;
    offset += ENTRY_HEADER_SIZE + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return total;
}

function findEndRecord(view: DataView): number {
  // The record is the last thing in the file, followed by a comment of at most 65,535 bytes.
  const earliest = Math.max(0, view.byteLength - END_RECORD_SIZE - 0xffff);
  for (let offset = view.byteLength - END_RECORD_SIZE; offset >= earliest; offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return -1;
}
