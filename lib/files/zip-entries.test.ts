import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { zip, zipEntries as writeZip } from "@/tests/support/docx";
import { deflateBomb } from "@/tests/support/hostile-documents";
import { inflateEntry, isZip, UnreadableZipError, zipEntries } from "./zip-entries";

const entry = (bytes: Uint8Array, name: string) => zipEntries(bytes).find((found) => found.name === name)!;

describe("zipEntries and inflateEntry", () => {
  it("list a zip's entries and inflate each to what its headers state", () => {
    const bytes = zip({ "a.txt": "12345", "dir/b.xml": "<b/>" });
    expect(isZip(bytes)).toBe(true);
    expect(zipEntries(bytes).map(({ name, declaredSize }) => [name, declaredSize])).toEqual([
      ["a.txt", 5],
      ["dir/b.xml", 4],
    ]);
    expect(new TextDecoder().decode(inflateEntry(bytes, entry(bytes, "dir/b.xml"), 100))).toBe("<b/>");
  });

  it("refuse an entry that states more than the cap, and one that inflates to more (or less) than it states", () => {
    const honest = zip({ "a.txt": "x".repeat(1000) });
    expect(() => inflateEntry(honest, entry(honest, "a.txt"), 999)).toThrow(/would unzip to 1000 bytes/);
    const bomb = writeZip([{ name: "a.txt", compressed: deflateBomb(64 * 2 ** 20), declaredSize: 10 }]);
    expect(() => inflateEntry(bomb, entry(bomb, "a.txt"), 2 ** 30)).toThrow(
      /does not inflate to its declared 10 bytes/,
    );
    const short = writeZip([{ name: "a.txt", compressed: deflateRawSync("abc"), declaredSize: 10 }]);
    expect(() => inflateEntry(short, entry(short, "a.txt"), 100)).toThrow(/unzips to 3 bytes, not the 10 declared/);
  });

  it("refuse what they cannot vouch for: no central directory, zip64 sizes, encryption, unknown compression", () => {
    expect(() => zipEntries(new Uint8Array(100))).toThrow(UnreadableZipError);
    const bytes = zip({ "a.txt": "abc" });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const central = view.getUint32(bytes.byteLength - 22 + 16, true);
    view.setUint32(central + 24, 0xffffffff, true);
    expect(() => zipEntries(bytes)).toThrow(/zip64/);
    view.setUint32(central + 24, 3, true);
    view.setUint16(central + 8, view.getUint16(central + 8, true) | 1, true);
    expect(() => inflateEntry(bytes, entry(bytes, "a.txt"), 100)).toThrow(/encrypted/);
    view.setUint16(central + 8, view.getUint16(central + 8, true) & ~1, true);
    view.setUint16(central + 10, 12, true); // bzip2
    expect(() => inflateEntry(bytes, entry(bytes, "a.txt"), 100)).toThrow(/compression method 12/);
  });
});
