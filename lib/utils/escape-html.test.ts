import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { escapeHtml, xmlCdata } from "./escape-html";

describe("escapeHtml", () => {
  it("turns every character that could start markup or end an attribute into a named entity", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("leaves other text, entities' look-alikes included, as it is but for the ampersand", () => {
    expect(escapeHtml("Zoë — 100% {{name}}")).toBe("Zoë — 100% {{name}}");
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });
});

describe("xmlCdata", () => {
  const readBack = (text: string) => {
    const xml = `<t>${xmlCdata(text)}</t>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    return new XMLParser({ parseTagValue: false, trimValues: false }).parse(xml).t as string;
  };

  it("splits a `]]>` in the text across two sections, so it cannot end the section early", () => {
    expect(xmlCdata("a]]>b")).toBe("<![CDATA[a]]]]><![CDATA[>b]]>");
    for (const text of ["]]>", "x]]>]]>y", "]]]>>", "<script>alert(1)</script>]]><evil/>", "&amp; <b>"]) {
      expect(readBack(text)).toBe(text);
    }
  });

  it("drops characters XML cannot carry and keeps every other one, astral ones included", () => {
    expect(readBack("A\u0000B\u0008C\u001F\uFFFE\uD800D\uDC00")).toBe("ABCD");
    expect(readBack("tab\there\r\nZoë 👩‍💻 名前")).toBe("tab\there\nZoë 👩‍💻 名前");
  });
});
