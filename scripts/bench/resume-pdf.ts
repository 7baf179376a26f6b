// A 300 KB resume: the project's minimal valid PDF (tests/support/documents.ts) grown by a PDF
// incremental update that adds one padding stream object, with its own cross-reference section
// and a trailer pointing back to the first (ISO 32000 §7.5.6), so every byte is still valid PDF
// and its text is still extracted. Real resumes are mostly fonts and images, little text.
import { minimalPdf } from "../../tests/support/documents";

export function resumePdf(targetBytes: number, text: string): Buffer {
  const base = Buffer.from(minimalPdf(text));
  const baseText = base.toString("latin1");
  const previousXref = Number(/startxref\n(\d+)\n%%EOF\n?$/.exec(baseText)?.[1]);
  const size = Number(/\/Size (\d+)/.exec(baseText)?.[1]);
  if (!Number.isInteger(previousXref) || !Number.isInteger(size))
    throw new Error("minimalPdf() changed shape: update resume-pdf.ts");
  const update = (padding: number) => {
    const object = `${size} 0 obj\n<< /Length ${padding} >>\nstream\n`;
    const end = "\nendstream\nendobj\n";
    const xrefOffset = base.length + object.length + padding + end.length;
    const xref =
      `xref\n${size} 1\n${String(base.length).padStart(10, "0")} 00000 n \n` +
      `trailer\n<< /Size ${size + 1} /Root 1 0 R /Prev ${previousXref} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
    return { object, end, xref };
  };
  // The overhead's length depends (by a digit or two) on the numbers in it: settle it first.
  let padding = targetBytes - base.length;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const { object, end, xref } = update(padding);
    padding = targetBytes - base.length - object.length - end.length - xref.length;
  }
  if (padding <= 0) throw new Error(`A resume of ${targetBytes} bytes is smaller than the minimal PDF`);
  const { object, end, xref } = update(padding);
  // Incompressible filler, as the images and embedded fonts of a real resume are.
  const filler = Buffer.alloc(padding);
  for (let index = 0; index < padding; index += 1) filler[index] = (index * 2654435761) >>> 24;
  return Buffer.concat([base, Buffer.from(object, "latin1"), filler, Buffer.from(end + xref, "latin1")]);
}
