import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { workersRuntimeEngineer } from "../../prisma/seed-data/postings/workers-runtime-engineer";
import {
  findPostingDifferences,
  htmlTextBlocks,
  markdownPlainText,
  sectionsToMarkdown,
} from "../support/posting-fidelity";

// The customer's original posting sits beside the repository (../shared/seeds) in development
// and CI; a clone without it skips only the comparison with the source.
const SOURCE_PATH = fileURLToPath(new URL("../../../shared/seeds/000_3342c549bba94a78.txt", import.meta.url));
const sourceExists = existsSync(SOURCE_PATH);

describe("seed posting", () => {
  it.skipIf(!sourceExists)(
    `keeps every paragraph, list item, heading, bold phrase and link of the source${sourceExists ? "" : " (skipped: ../shared/seeds/000_3342c549bba94a78.txt not found beside the repository)"}`,
    () => {
      const html = readFileSync(SOURCE_PATH, "utf8");
      expect(htmlTextBlocks(html).length).toBeGreaterThan(30);
      expect(findPostingDifferences(html, workersRuntimeEngineer.sections)).toEqual([]);
    },
  );

  it("has the customer's title and keeps the legal paragraphs in the closing section", () => {
    expect(workersRuntimeEngineer.title).toBe("Senior Systems Engineer, Workers Runtime (C++)");
    const closing = workersRuntimeEngineer.sections.at(-1);
    expect(closing?.heading).toBeNull();
    expect(closing?.bodyMarkdown).toContain("without sponsorship for an export license.");
    expect(closing?.bodyMarkdown).toContain("We are an AA/Veterans/Disabled Employer.");
    expect(closing?.bodyMarkdown).toContain("101 Townsend St. San Francisco, CA 94107.");
  });

  it("contains no leftover HTML, entities or no-break spaces", () => {
    const markdown = sectionsToMarkdown(workersRuntimeEngineer.sections);
    expect(markdown).not.toMatch(/<\/?[a-z]+[^>]*>|&[a-z#0-9]+;|\u00a0/i);
  });
});

describe("findPostingDifferences", () => {
  const html = `<div><strong>Intro</strong></div><p>Hello &amp; welcome.&nbsp;</p>
    <h3><strong>Skills</strong></h3><ul><li>C++</li><li>Rust</li></ul>
    <p><a href="https://example.com/a"><strong>Link</strong></a><span>: more</span></p>`;
  const faithful = [
    { heading: "Intro", bodyMarkdown: "Hello & welcome." },
    { heading: "Skills", bodyMarkdown: "- C++\n- Rust" },
    { heading: null, bodyMarkdown: "[**Link**](https://example.com/a): more" },
  ];

  it("accepts a faithful conversion", () => {
    expect(findPostingDifferences(html, faithful)).toEqual([]);
  });

  it("reports a dropped list item", () => {
    const dropped = faithful.map((section) =>
      section.heading === "Skills" ? { ...section, bodyMarkdown: "- C++" } : section,
    );
    expect(findPostingDifferences(html, dropped)).toContain("missing text: Rust");
  });

  it("reports a list item turned into a paragraph, a lost link and lost bold", () => {
    const flattened = [
      faithful[0]!,
      { heading: "Skills", bodyMarkdown: "- C++\n\nRust" },
      { heading: null, bodyMarkdown: "Link: more" },
    ];
    expect(findPostingDifferences(html, flattened)).toEqual(
      expect.arrayContaining([
        "not a list item: Rust",
        "missing link: [Link](https://example.com/a)",
        "not bold: Link",
      ]),
    );
  });

  it("reports a changed word and a missing heading", () => {
    const changed = [{ heading: null, bodyMarkdown: "Intro\n\nHello and welcome." }, faithful[1]!, faithful[2]!];
    expect(findPostingDifferences(html, changed)).toEqual(expect.arrayContaining(["missing text: Hello & welcome."]));
  });

  it("reads Markdown as a reader sees it", () => {
    expect(markdownPlainText("## Title\n\n- **[a](https://x.test)** b")).toBe("Title a b");
  });
});
