import { describe, expect, it } from "vitest";
import {
  listUnknownMergeFields,
  MERGE_FIELDS,
  renderTemplate,
  renderTemplateAsHtml,
  UnknownMergeFieldError,
  type MergeData,
} from "./merge-fields";

const data: MergeData = {
  candidate: { firstName: "Ada", lastName: "Lovelace", preferredName: null },
  job: { title: "Senior Systems Engineer" },
  organization: { name: "Cloudworks" },
  application: { reference: "TRL-7K3M-9QXD" },
  sender: { name: "Grace Hopper" },
};

describe("renderTemplate", () => {
  it("fills every field", () => {
    const template = MERGE_FIELDS.map((field) => `{{${field}}}`).join("|");
    expect(renderTemplate(template, data)).toBe(
      "Ada|Lovelace|Ada|Senior Systems Engineer|Cloudworks|TRL-7K3M-9QXD|Grace Hopper",
    );
  });

  it("uses the preferred name when there is one and falls back to the first name", () => {
    expect(
      renderTemplate("Hi {{candidate.preferredName}}", {
        ...data,
        candidate: { ...data.candidate, preferredName: "Countess" },
      }),
    ).toBe("Hi Countess");
    expect(
      renderTemplate("Hi {{candidate.preferredName}}", {
        ...data,
        candidate: { ...data.candidate, preferredName: "  " },
      }),
    ).toBe("Hi Ada");
  });

  it("allows spaces inside the braces and repeats", () => {
    expect(renderTemplate("{{ job.title }} / {{job.title}}", data)).toBe(
      "Senior Systems Engineer / Senior Systems Engineer",
    );
  });

  it("leaves values as plain text in text mode and escapes them in HTML mode", () => {
    const evil = { ...data, candidate: { ...data.candidate, firstName: `<script>alert("x")</script> & co` } };
    expect(renderTemplate("Hi {{candidate.firstName}}", evil)).toBe(`Hi <script>alert("x")</script> & co`);
    expect(renderTemplate("Hi {{candidate.firstName}}", evil, { format: "html" })).toBe(
      "Hi &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co",
    );
  });

  it("does not let a value inject another merge field", () => {
    const sneaky = { ...data, candidate: { ...data.candidate, firstName: "{{sender.name}}" } };
    expect(renderTemplate("Hi {{candidate.firstName}}", sneaky)).toBe("Hi {{sender.name}}");
  });

  it("refuses unknown fields instead of sending raw braces", () => {
    expect(() => renderTemplate("Hi {{candidate.nickname}}", data)).toThrow(UnknownMergeFieldError);
    expect(() => renderTemplate("Hi {{candidate.nickname}}", data)).toThrow("{{candidate.nickname}}");
  });
});

describe("listUnknownMergeFields", () => {
  it("lists each unknown field once, including empty and prototype names", () => {
    expect(listUnknownMergeFields("{{job.title}} {{ salary }} {{salary}} {{}} {{constructor}}")).toEqual([
      "salary",
      "",
      "constructor",
    ]);
  });

  it("is empty for a valid template", () => {
    expect(listUnknownMergeFields("Dear {{candidate.preferredName}}, thank you. {{sender.name}}")).toEqual([]);
  });
});

describe("renderTemplateAsHtml", () => {
  it("turns blank lines into paragraphs and newlines into breaks, escaping the template text too", () => {
    expect(renderTemplateAsHtml("Hi {{candidate.firstName}},\r\n\r\nR&D <team>\nsays thanks\n", data)).toBe(
      "<p>Hi Ada,</p>\n<p>R&amp;D &lt;team&gt;<br>\nsays thanks</p>",
    );
  });
});
