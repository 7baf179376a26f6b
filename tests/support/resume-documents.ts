// Writes a corpus resume (tests/fixtures/resumes/corpus.ts) as the PDF or DOCX a candidate
// would upload, at test time, so no binary fixture is committed.
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import type { CorpusResume } from "@/tests/fixtures/resumes/corpus";
import { zip } from "./docx";

// A font with Latin and Cyrillic glyphs that ships with a dependency (the standard PDF fonts
// encode Windows-1252 only); resumes in other scripts are written as DOCX.
const PDF_FONT = createRequire(import.meta.url).resolve("next/dist/compiled/@vercel/og/Geist-Regular.ttf");
const PDF_SCRIPT = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]*$/u;

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function resumeDocument(resume: CorpusResume): Promise<File> {
  const bytes = resume.format === "pdf" ? await resumePdf(resume) : resumeDocx(resume);
  return new File([bytes as BlobPart], `${resume.id}.${resume.format}`, {
    type: resume.format === "pdf" ? "application/pdf" : DOCX_TYPE,
  });
}

export function resumePdf({ id, layout }: CorpusResume): Promise<Uint8Array> {
  if (layout.kind === "page-header") throw new Error(`${id}: a page header is a DOCX layout`);
  const all = layout.kind === "one-column" ? layout.lines : [...layout.left, ...layout.right];
  const unprintable = all.find((line) => !PDF_SCRIPT.test(line));
  if (unprintable) throw new Error(`${id}: the PDF font has no glyphs for "${unprintable}"; write it as DOCX`);
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 50, info: { Title: "Resume" } });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    doc.font(PDF_FONT).fontSize(10);
    if (layout.kind === "one-column") {
      layout.lines.forEach((line, index) => doc.fontSize(index === 0 ? 18 : 10).text(line, { width: 495 }));
    } else {
      const row = (index: number) => 60 + index * 16;
      const left = (line: string, index: number) => doc.text(line, 50, row(index), { width: 150, lineBreak: false });
      const right = (line: string, index: number) => doc.text(line, 220, row(index), { width: 325, lineBreak: false });
      if (layout.pdfOrder === "rows") {
        for (let index = 0; index < Math.max(layout.left.length, layout.right.length); index += 1) {
          if (layout.left[index]) left(layout.left[index]!, index);
          if (layout.right[index]) right(layout.right[index]!, index);
        }
      } else {
        layout.left.forEach(left);
        layout.right.forEach(right);
      }
    }
    doc.end();
  });
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export function resumeDocx({ layout }: CorpusResume): Uint8Array {
  let body: string;
  let header: string | undefined;
  if (layout.kind === "one-column") body = layout.lines.map(paragraph).join("");
  else if (layout.kind === "two-column") {
    // A borderless two-cell table: how word processors' resume templates make a sidebar.
    const cell = (lines: string[], width: number) =>
      `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${lines.map(paragraph).join("")}</w:tc>`;
    body = `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="6000"/></w:tblGrid><w:tr>${cell(layout.left, 3000)}${cell(layout.right, 6000)}</w:tr></w:tbl>`;
  } else {
    body = layout.lines.map(paragraph).join("");
    header = `${XML}<w:hdr ${W}>${layout.header.map(paragraph).join("")}</w:hdr>`;
  }
  const section = header ? `<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/></w:sectPr>` : "";
  return zip({
    "[Content_Types].xml":
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      (header
        ? '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        : "") +
      "</Types>",
    "_rels/.rels":
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/_rels/document.xml.rels":
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      (header
        ? '<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
        : "") +
      "</Relationships>",
    ...(header ? { "word/header1.xml": header } : {}),
    "word/document.xml": `${XML}<w:document ${W} ${R}><w:body>${body}${section}</w:body></w:document>`,
  });
}
