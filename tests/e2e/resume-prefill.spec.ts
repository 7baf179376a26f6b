import { expect, test, type Page } from "@playwright/test";
import { resumePdf } from "../support/resume-documents";
import { expectNoAxeViolations } from "./support/axe";
import {
  expectConfirmation,
  fillRequiredAnswers,
  openApplyForm,
  submitButton,
  uniqueEmail,
} from "./support/application-form";
import { queryRows } from "./support/database";

const CONTACT_FIELDS = ["firstName", "lastName", "email", "phone", "location", "linkedinUrl", "githubUrl"] as const;

async function contactValues(page: Page): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  for (const field of CONTACT_FIELDS) values[field] = await page.locator(`#f-${field}`).inputValue();
  return values;
}

test("a candidate picks a PDF resume, reviews the suggestions, uses them by keyboard and applies", async ({ page }) => {
  const email = uniqueEmail("resume-prefill");
  const fileName = "grace-hopper-resume.pdf";
  const pdf = await resumePdf({
    id: "e2e-resume-prefill",
    format: "pdf",
    layout: {
      kind: "one-column",
      lines: [
        "Grace Hopper",
        "Staff Engineer",
        `${email} | +1 (415) 555-0142 | Arlington, VA`,
        "linkedin.com/in/gracehopper | github.com/gracehopper",
        "Experience",
        "Senior Engineer, Acme Corp (acme.com)",
        "2019 - 2024",
      ],
    },
    truth: {},
  });
  const suggested = {
    firstName: "Grace",
    lastName: "Hopper",
    email,
    phone: "+1 (415) 555-0142",
    location: "Arlington, VA",
    linkedinUrl: "https://linkedin.com/in/gracehopper",
    githubUrl: "https://github.com/gracehopper",
  };
  const empty = Object.fromEntries(CONTACT_FIELDS.map((field) => [field, ""]));

  await openApplyForm(page);
  const announcer = page.getByRole("region", { name: "Resume and links" }).getByRole("status");
  await page
    .locator("#f-resume")
    .setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: Buffer.from(pdf) });
  await expect(announcer).toHaveText(
    "We found 7 details in your resume. Review them below and use the ones that are right.",
  );
  const suggestions = page.getByRole("region", { name: "Suggestions from your resume" });
  await expect(suggestions.getByRole("listitem")).toHaveText([
    "First name: GraceUse Grace as First name",
    "Last name: HopperUse Hopper as Last name",
    `Email: ${email}Use ${email} as Email`,
    "Phone: +1 (415) 555-0142Use +1 (415) 555-0142 as Phone",
    "Where do you live?: Arlington, VAUse Arlington, VA as Where do you live?",
    "LinkedIn profile: https://linkedin.com/in/gracehopperUse https://linkedin.com/in/gracehopper as LinkedIn profile",
    "GitHub profile: https://github.com/gracehopperUse https://github.com/gracehopper as GitHub profile",
  ]);
  // Offered, not filled: the form is as the candidate left it until they choose.
  expect(await contactValues(page)).toEqual(empty);
  await expectNoAxeViolations(page);

  // By keyboard from the picker: past its Remove button, the suggestions' buttons in order.
  await page.locator("#f-resume").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Remove resume" })).toBeFocused();
  for (const name of ["Use Grace as First name", "Use Hopper as Last name", `Use ${email} as Email`]) {
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name })).toBeFocused();
  }
  await page.keyboard.press("Enter");
  await expect(announcer).toHaveText("Filled in: Email.");
  expect(await contactValues(page)).toEqual({ ...empty, email });
  await expect(suggestions.getByRole("listitem").nth(2)).toHaveText(`Email: ${email}Filled in`);
  // The keyboard user keeps their place: focus moves on to the next suggestion, not to the page.
  await expect(page.getByRole("button", { name: "Use +1 (415) 555-0142 as Phone" })).toBeFocused();

  await suggestions.getByRole("button", { name: "Use all suggestions" }).click();
  await expect(announcer).toHaveText(
    "Filled in: First name, Last name, Email, Phone, Where do you live?, LinkedIn profile, GitHub profile.",
  );
  expect(await contactValues(page)).toEqual(suggested);

  await fillRequiredAnswers(page);
  await submitButton(page).click();
  const reference = await expectConfirmation(page);

  const [stored] = await queryRows<Record<string, string>>(
    `SELECT c."firstName", c."lastName", c.email, c.phone, c."linkedinUrl", f."fileName"
       FROM "Application" a JOIN "Candidate" c ON c.id = a."candidateId" JOIN "StoredFile" f ON f.id = a."resumeFileId"
      WHERE a.reference = $1`,
    [reference],
  );
  expect(stored).toEqual({
    firstName: "Grace",
    lastName: "Hopper",
    email,
    phone: suggested.phone,
    linkedinUrl: suggested.linkedinUrl,
    fileName,
  });
});
