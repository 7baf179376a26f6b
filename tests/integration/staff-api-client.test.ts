// An HR system's client generated from the OpenAPI document (openapi-typescript types and
// openapi-fetch) runs the common integration flow: list the applications new since a time, move
// one, read its scorecards. The committed types must match the document the API serves.
import { readFile } from "node:fs/promises";
import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { GET as getReference } from "@/app/api/v1/reference/route";
import { renderStaffApiTypes, STAFF_API_TYPES_FILE } from "../../scripts/staff-api-types";
import { createApplication, createScorecard } from "../factories";
import { testDb } from "../support/db";
import { createPanelFixture } from "../support/panel-fixture";
import { API_BASE, createTokenWithScopes, staffApiFetch } from "../support/staff-api";
import type { paths } from "../support/staff-api-types";

describe("the OpenAPI document", () => {
  it("is what the committed client types were generated from (npx tsx scripts/staff-api-types.ts)", async () => {
    const served = await (await staffApiFetch(`${API_BASE}/openapi.json`)).json();
    expect(served.openapi).toBe("3.1.0");
    expect(await renderStaffApiTypes(served)).toBe(await readFile(STAFF_API_TYPES_FILE, "utf8"));
  });

  it("is rendered as an HTML reference listing every operation and schema", async () => {
    const served = await (await staffApiFetch(`${API_BASE}/openapi.json`)).json();
    const html = await getReference().text();
    for (const methods of Object.values(served.paths) as Record<string, { operationId: string }>[])
      for (const operation of Object.values(methods)) expect(html).toContain(`id="${operation.operationId}"`);
    for (const schema of Object.keys(served.components.schemas)) expect(html).toContain(`id="schema-${schema}"`);
    expect(html).not.toMatch(/<script|https?:\/\/cdn/i);
  });
});

describe("an HR system's generated client", () => {
  it("lists applications new since a time, moves one, and reads its scorecards", async () => {
    const fixture = await createPanelFixture();
    const since = new Date(Date.now() - 60_000);
    await testDb.application.update({ where: { id: fixture.application.id }, data: { lastActivityAt: new Date() } });
    const old = await createApplication(testDb, { jobId: fixture.job.id });
    await testDb.application.update({
      where: { id: old.id },
      data: { lastActivityAt: new Date("2026-01-01T00:00:00Z") },
    });
    const card = await createScorecard(testDb, {
      interviewId: fixture.interview.id,
      authorId: fixture.users.a.id,
      submitted: true,
    });
    const { secret } = await createTokenWithScopes([
      "jobs:read",
      "applications:read",
      "applications:write",
      "scorecards:read",
    ]);
    const client = createClient<paths>({
      baseUrl: API_BASE,
      fetch: staffApiFetch,
      headers: { Authorization: `Bearer ${secret}` },
    });

    const listed = await client.GET("/applications", {
      params: { query: { job_id: String(fixture.job.id), updated_since: since.toISOString() } },
    });
    expect(listed.response.status).toBe(200);
    const ids = listed.data!.data.map((application) => application.id);
    expect(ids).toContain(fixture.application.id);
    expect(ids).not.toContain(old.id);

    const stages = await client.GET("/jobs/{job_id}/stages", { params: { path: { job_id: String(fixture.job.id) } } });
    const application = listed.data!.data.find((row) => row.id === fixture.application.id)!;
    const next = stages.data!.data.find((stage) => stage.position > 0 && stage.id !== application.stage.id)!;
    const moved = await client.POST("/applications/{application_id}/move", {
      params: { path: { application_id: application.id } },
      body: { stage_id: next.id, expected_version: application.version },
    });
    expect(moved.response.status).toBe(200);
    expect(moved.data).toMatchObject({ stage: { id: next.id }, version: application.version + 1 });

    const again = await client.POST("/applications/{application_id}/move", {
      params: { path: { application_id: application.id } },
      body: { stage_id: stages.data!.data[0]!.id, expected_version: application.version },
    });
    expect(again.response.status).toBe(409);
    expect(again.error).toMatchObject({ status: 409, title: "Conflict" });

    const scorecards = await client.GET("/applications/{application_id}/scorecards", {
      params: { path: { application_id: application.id } },
    });
    expect(scorecards.data!.data.map((scorecard) => scorecard.id)).toEqual([card.id]);
  });
});
