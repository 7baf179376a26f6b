import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Field } from "./field";
import { Fieldset } from "./fieldset";
import { Input } from "./input";

describe("Field", () => {
  it("labels the control and links its hint and error", () => {
    const html = renderToStaticMarkup(
      <Field
        id="email"
        label="Email"
        hint="We only use it for this application."
        error="Enter an email address"
        required
      >
        <Input type="email" name="email" />
      </Field>,
    );
    expect(html).toMatch(/<label[^>]*for="email"/);
    expect(html).toMatch(/<input[^>]*id="email"/);
    expect(html).toMatch(/<input[^>]*aria-describedby="email-hint email-error"/);
    expect(html).toMatch(/<input[^>]*aria-invalid="true"/);
    expect(html).toMatch(/<input[^>]*aria-required="true"/);
    expect(html).toContain('id="email-hint"');
    expect(html).toContain('id="email-error"');
  });

  it("keeps a control's own description and sets nothing it does not need", () => {
    const html = renderToStaticMarkup(
      <Field id="city" label="City">
        <Input aria-describedby="city-counter" />
      </Field>,
    );
    expect(html).toMatch(/<input[^>]*aria-describedby="city-counter"/);
    expect(html).not.toContain('aria-invalid="');
    expect(html).not.toContain('aria-required="');
  });

  it("hands the control props to a render function", () => {
    const html = renderToStaticMarkup(
      <Field id="phone" label="Phone" error="Too short">
        {(control) => <input {...control} data-custom="yes" />}
      </Field>,
    );
    expect(html).toMatch(/<input id="phone" aria-describedby="phone-error" aria-invalid="true" data-custom="yes"\/>/);
  });
});

describe("Fieldset", () => {
  it("names the group by its legend and describes it", () => {
    const html = renderToStaticMarkup(
      <Fieldset
        id="sponsorship"
        legend="Will you need visa sponsorship?"
        description="Now or in the future."
        error="Choose one"
      >
        {(group) => <div role="radiogroup" {...group} />}
      </Fieldset>,
    );
    expect(html).toContain('<legend id="sponsorship-legend"');
    expect(html).toContain('aria-labelledby="sponsorship-legend"');
    expect(html).toMatch(/<fieldset id="sponsorship" aria-describedby="sponsorship-hint sponsorship-error"/);
  });
});
