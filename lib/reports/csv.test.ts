import { describe, expect, it } from "vitest";
import { reportTableCsv } from "./csv";
import type { ReportTable } from "./report-tables";

const table = (rows: ReportTable["rows"]): ReportTable => ({
  key: "sources",
  title: "Sources",
  columns: [
    { label: "Name", format: "text" },
    { label: "Count", format: "count" },
    { label: "Share", format: "percent" },
    { label: "Days, median", format: "days" },
  ],
  rows,
});

describe("reportTableCsv", () => {
  it("writes a header and rows with CRLF, numbers plainly", () => {
    expect(reportTableCsv(table([["Careers site", 12, 0.5, 3.456]]))).toBe(
      'Name,Count,Share,"Days, median"\r\nCareers site,12,50.0,3.46\r\n',
    );
  });

  it("makes formula-like text inert and quotes commas, quotes and line breaks", () => {
    const csv = reportTableCsv(
      table([
        ["=1+2", 1, null, null],
        ["+x", 1, null, null],
        ["-y", 1, null, null],
        ["@SUM(A1)", 1, null, null],
        ['say "hi", ok', 1, null, null],
        ["two\nlines", 1, null, null],
      ]),
    );
    expect(csv.split("\r\n").slice(1, -1)).toEqual([
      "'=1+2,1,,",
      "'+x,1,,",
      "'-y,1,,",
      "'@SUM(A1),1,,",
      '"say ""hi"", ok",1,,',
      '"two\nlines",1,,',
    ]);
  });

  it("leaves numbers, even negative ones, as numbers", () => {
    expect(reportTableCsv(table([["a", -1, -0.25, -1]])).split("\r\n")[1]).toBe("a,-1,-25.0,-1.00");
  });
});
