import "server-only";
import PDFDocument from "pdfkit";

// The standard PDF fonts encode Windows-1252 only: other characters would print as garbage, so
// they become "?" in the PDF (the status page and the preview show the letter's exact text).
const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
function printable(text: string): string {
  return [...text]
    .map((char) => {
      const code = char.codePointAt(0)!;
      if (char === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) return char;
      return WIN_ANSI_EXTRA.includes(char) ? char : "?";
    })
    .join("");
}

/** The letter as a PDF: a title, then each paragraph (line breaks inside one are kept). */
export function letterPdf({ title, paragraphs }: { title: string; paragraphs: string[] }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "LETTER", margin: 72, info: { Title: printable(title) } });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.font("Helvetica-Bold").fontSize(16).text(printable(title));
    doc.moveDown();
    doc.font("Helvetica").fontSize(11);
    for (const paragraph of paragraphs) {
      doc.text(printable(paragraph), { lineGap: 2 });
      doc.moveDown();
    }
    doc.end();
  });
}
