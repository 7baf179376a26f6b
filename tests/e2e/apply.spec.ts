import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import {
  expectConfirmation,
  fillOptional,
  fillRequired,
  newCandidate,
  seedJob,
  submitButton,
  waitForFormReady,
} from "./support/application-form";
import { queryRows } from "./support/database";
import { readServerInfo } from "./support/e2e-env";
import { waitForEmail } from "./support/smtp-sink";

type SelfIdRow = Record<string, unknown> & { id: string };

// The answers fillOptional gives. A stored answer names no job, person or day, so the test can
// only count answers like these (pending or already mixed, decision 0026) before and after.
const FILLED_SELF_ID = {
  gender: "FEMALE",
  hispanicOrLatino: "NO",
  race: "ASIAN",
  veteranStatus: "NOT_PROTECTED_VETERAN",
  disabilityStatus: "DECLINE",
};

async function selfIdRowsLikeFilled(): Promise<SelfIdRow[]> {
  const where = `"gender" = $1 AND "hispanicOrLatino" = $2 AND "race" = $3 AND "veteranStatus" = $4 AND "disabilityStatus" = $5`;
  return queryRows<SelfIdRow>(
    `SELECT * FROM "SelfIdentificationPending" WHERE ${where} UNION ALL SELECT * FROM "SelfIdentificationResponse" WHERE ${where}`,
    Object.values(FILLED_SELF_ID),
  );
}

test("a candidate finds the job, applies with everything, gets the email and follows the status link", async ({
  page,
}) => {
  const candidate = newCandidate("apply");
  const selfIdBefore = (await selfIdRowsLikeFilled()).length;

  await page.goto("/");
  await page.getByRole("link", { name: seedJob.title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: seedJob.title })).toBeVisible();
  await page.getByRole("link", { name: "Apply for this job" }).first().click();
  await waitForFormReady(page);

  await fillRequired(page, candidate);
  await fillOptional(page);
  await expect(page.getByText("Attached:")).toContainText("ada-lovelace-resume.pdf");
  await submitButton(page).click();
  const reference = await expectConfirmation(page);

  // The confirmation email went through real SMTP, with the reference and a private status link.
  const email = await waitForEmail({ to: candidate.email, subjectIncludes: seedJob.title, timeoutMs: 20_000 });
  expect(email.subject).toContain("We received your application");
  expect(email.text).toContain(reference);
  const statusUrl = email.text.match(/https?:\/\/\S+\/applications\/status\/\S+/)?.[0];
  expect(statusUrl, "status link in the email").toBeTruthy();
  await page.goto(statusUrl!);
  await expect(page.getByTestId("candidate-status")).toHaveText("Received");
  await expect(page.getByText(reference)).toBeVisible();
  await expectNoAxeViolations(page);

  // What was stored.
  const [application] = await queryRows<{
    id: string;
    candidateId: string;
    resumeFileId: string | null;
    status: string;
  }>(`SELECT a.id, a."candidateId", a."resumeFileId", a.status FROM "Application" a WHERE a.reference = $1`, [
    reference,
  ]);
  expect(application, "application row").toBeTruthy();
  expect(application!.status).toBe("ACTIVE");

  const [exportControl] = await queryRows<{ kind: string; canReceiveWithoutLicense: string; usPerson: string | null }>(
    `SELECT f.kind, e."canReceiveWithoutLicense", e."usPerson"
       FROM "ExportControlAttestation" e JOIN "FormVersion" f ON f.id = e."formVersionId"
      WHERE e."applicationId" = $1`,
    [application!.id],
  );
  expect(exportControl).toEqual({ kind: "EXPORT_CONTROL", canReceiveWithoutLicense: "YES", usPerson: "DECLINE" });

  const [accommodation] = await queryRows<{ kinds: string; details: string; preferredContact: string; kind: string }>(
    `SELECT r.kinds::text AS kinds, r.details, r."preferredContact", f.kind
       FROM "AccommodationRequest" r JOIN "FormVersion" f ON f.id = r."formVersionId"
      WHERE r."applicationId" = $1`,
    [application!.id],
  );
  expect(accommodation).toEqual({
    kinds: "{APPLICATION_PROCESS_CHANGE}",
    details: "Please share technical interview questions in writing.",
    preferredContact: "EMAIL",
    kind: "ACCOMMODATION",
  });

  // Self-identification: one more answer like the ones given, with no way back to the person.
  const selfIdAfter = await selfIdRowsLikeFilled();
  expect(selfIdAfter).toHaveLength(selfIdBefore + 1);
  const columns = await queryRows<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name IN ('SelfIdentificationPending', 'SelfIdentificationResponse')`,
  );
  expect(
    columns
      .map((column) => column.column_name)
      .filter((name) => /application|candidate|email|reference|name|job|submitted|created/i.test(name)),
  ).toEqual([]);
  const identifying = [
    application!.id,
    application!.candidateId,
    reference,
    candidate.email,
    candidate.email.toLowerCase(),
  ];
  for (const value of selfIdAfter.flatMap((row) => Object.values(row)))
    expect(identifying).not.toContain(String(value));

  // The resume's bytes are in storage, under the key the database records.
  const [file] = await queryRows<{ storageKey: string; fileName: string; contentType: string }>(
    `SELECT "storageKey", "fileName", "contentType" FROM "StoredFile" WHERE id = $1`,
    [application!.resumeFileId],
  );
  expect(file).toMatchObject({ fileName: "ada-lovelace-resume.pdf", contentType: "application/pdf" });
  const bytes = await readFile(path.join(readServerInfo().storageDir, file!.storageKey));
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
});
