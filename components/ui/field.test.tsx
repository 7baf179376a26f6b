import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Field } from "./field";
import { Fieldset } from "./fieldset";
import { Input } from "./input";
import { ChoiceFieldset, NativeCheckboxField } from "./native-choice";

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

describe("ChoiceFieldset", () => {
  it("names each option, links the group's description and error, and says required in words", () => {
    const html = renderToStaticMarkup(
      <ChoiceFieldset
        id="f-contact"
        legend="How should we contact you?"
        description="Pick one."
        error="Choose how we should contact you"
        required
        options={[
          { value: "EMAIL", label: "Email" },
          { value: "PHONE", label: "Phone" },
        ]}
        inputProps={{ name: "contact" }}
        defaultValue="PHONE"
      />,
    );
    expect(html).toMatch(
      /<fieldset id="f-contact" aria-describedby="f-contact-hint f-contact-error"[^>]*tabindex="-1"/,
    );
    expect(html).toMatch(/<fieldset[^>]*aria-invalid="true"/);
    expect(html).toContain('<span class="sr-only"> (required)</span>');
    expect(html).toMatch(/<input id="f-contact-0" type="radio"[^>]*name="contact" value="EMAIL"\/>/);
    expect(html).toMatch(/<input id="f-contact-1" type="radio"[^>]*name="contact" checked="" value="PHONE"\/>/);
    expect(html).toMatch(/<label[^>]*for="f-contact-1"[^>]*>Phone<\/label>/);
  });

  it("gives checkboxes when multiple and marks an optional group", () => {
    const html = renderToStaticMarkup(
      <ChoiceFieldset
        id="f-kinds"
        legend="Kinds"
        multiple
        markOptional
        options={[{ value: "A", label: "A" }]}
        inputProps={{ name: "kinds" }}
      />,
    );
    expect(html).toContain('type="checkbox"');
    expect(html).toContain("(optional)");
    expect(html).not.toContain("aria-invalid");
    expect(html).not.toContain("checked");
  });
});

describe("NativeCheckboxField", () => {
  it("labels the box and wires its error like a field", () => {
    const html = renderToStaticMarkup(
      <NativeCheckboxField id="f-confirm" name="confirm" value="yes" label="I understand" error="Tick it" required />,
    );
    expect(html).toMatch(
      /<input id="f-confirm" type="checkbox" required="" aria-describedby="f-confirm-error" aria-invalid="true" aria-required="true"[^>]*name="confirm" value="yes"/,
    );
    expect(html).toMatch(/<label[^>]*for="f-confirm"/);
    expect(html).toContain('id="f-confirm-error"');
  });
});
