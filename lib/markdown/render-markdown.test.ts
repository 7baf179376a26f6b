import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown";

describe("renderMarkdown", () => {
  it("keeps the structure a posting needs: lists, links, emphasis, headings", () => {
    const html = renderMarkdown(
      ["Intro with **bold** text.", "", "- one", "- two", "", "[Project Galileo](https://example.org/galileo)"].join(
        "\n",
      ),
    );
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(html).toContain('<a href="https://example.org/galileo" rel="noopener noreferrer">Project Galileo</a>');
  });

  it("renders GFM tables and strikethrough", () => {
    const html = renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~");
    expect(html).toContain("<table>");
    expect(html).toContain("<del>old</del>");
  });

  it("leaves relative and mailto links without rel", () => {
    const html = renderMarkdown("[apply](/jobs/x/apply) or [mail](mailto:hr@example.org)");
    expect(html).toContain('<a href="/jobs/x/apply">apply</a>');
    expect(html).toContain('<a href="mailto:hr@example.org">mail</a>');
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>"],
    ["an onerror handler", '<img src="x" onerror="alert(1)">'],
    ["an inline onclick", '<a href="#" onclick="alert(1)">x</a>'],
    ["a javascript: link", "[click](javascript:alert(1))"],
    ["an iframe", '<iframe src="https://evil.example"></iframe>'],
  ])("strips %s", (_name, payload) => {
    const html = renderMarkdown(`Hello\n\n${payload}\n\nBye`);
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe/i);
    expect(html).toContain("<p>Hello</p>");
    expect(html).toContain("<p>Bye</p>");
  });

  it("shifts heading levels under a page heading, capped at h6", () => {
    const html = renderMarkdown("# Top\n\n##### Deep", { headingOffset: 2 });
    expect(html).toContain("<h3>Top</h3>");
    expect(html).toContain("<h6>Deep</h6>");
  });

  it("prefixes footnote ids once, so they cannot clobber the page's own and still link", () => {
    const html = renderMarkdown("Note[^1]\n\n[^1]: a footnote");
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
  });
});
