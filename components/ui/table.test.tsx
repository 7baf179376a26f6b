import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Table, TableBody, TableCell, TableEmpty, TableHead, TableHeader, TableRow, TableTotalRow } from "./table";

describe("Table", () => {
  it("is named by a caption only screen readers see, with scoped header cells", () => {
    const html = renderToStaticMarkup(
      <Table caption="Staff accounts">
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead numeric>Count</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          <TableRow>
            <TableHead scope="row">Ada</TableHead>
            <TableCell numeric>3</TableCell>
          </TableRow>
        </TableBody>
      </Table>,
    );
    expect(html).toMatch(/^<div class="[^"]*overflow-x-auto[^"]*"><table/);
    expect(html).toMatch(/<caption id="[^"]+" class="sr-only">Staff accounts<\/caption>/);
    expect(html).toMatch(/<th scope="col" class="[^"]*font-semibold[^"]*">Name<\/th>/);
    expect(html).toMatch(/<th scope="col" class="[^"]*text-right tabular-nums[^"]*">Count<\/th>/);
    expect(html).toMatch(/<th scope="row" class="[^"]*font-medium[^"]*">Ada<\/th>/);
    expect(html).toMatch(/<td class="[^"]*text-right tabular-nums[^"]*">3<\/td>/);
  });

  it("as a scrolling region, is focusable and named by its visible caption", () => {
    const html = renderToStaticMarkup(
      <Table caption="Ratings" captionVisible frame="region">
        <TableBody>
          <TableEmpty colSpan={3}>Nothing yet.</TableEmpty>
        </TableBody>
      </Table>,
    );
    const captionId = /<caption id="([^"]+)"/.exec(html)?.[1];
    expect(captionId).toBeTruthy();
    expect(html).toContain(`<div class="overflow-x-auto" tabindex="0" role="region" aria-labelledby="${captionId}">`);
    expect(html).not.toContain("sr-only");
    expect(html).toMatch(/<td colSpan="3" class="[^"]*text-ink-muted[^"]*">Nothing yet.<\/td>/i);
  });

  it("can be named by aria-label instead, and sit unframed", () => {
    const html = renderToStaticMarkup(
      <Table aria-label="Keys" frame="none" density="compact">
        <TableBody />
      </Table>,
    );
    expect(html).toMatch(/^<table data-density="compact" class="[^"]*" aria-label="Keys"><tbody><\/tbody><\/table>$/);
  });

  it("writes a header row from column data, hidden headings for screen readers only", () => {
    const html = renderToStaticMarkup(
      <Table caption="Jobs">
        <TableHeader columns={["Job", { label: "Open", numeric: true }, { label: "Links", hidden: true }]} />
      </Table>,
    );
    expect(html).toMatch(/<th scope="col" class="[^"]*">Job<\/th>/);
    expect(html).toMatch(/<th scope="col" class="[^"]*text-right[^"]*">Open<\/th>/);
    expect(html).toMatch(/<th scope="col" class="[^"]*"><span class="sr-only">Links<\/span><\/th>/);
  });

  it("writes the totals as one footer row named by a semibold row heading", () => {
    const html = renderToStaticMarkup(
      <Table caption="Answers">
        <TableTotalRow label="Total">
          <TableCell numeric>12</TableCell>
        </TableTotalRow>
      </Table>,
    );
    expect(html).toMatch(
      /<tfoot class="[^"]*border-t[^"]*"><tr class="[^"]*font-semibold[^"]*"><th scope="row" class="[^"]*font-semibold[^"]*">Total<\/th><td class="[^"]*text-right[^"]*">12<\/td><\/tr><\/tfoot>/,
    );
  });
});
