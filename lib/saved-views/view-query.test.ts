import { describe, expect, it } from "vitest";
import { readSavedViewQuery } from "./view-query";

describe("readSavedViewQuery", () => {
  it("keeps a readable view in canonical form, without the page", () => {
    expect(
      readSavedViewQuery("?status=active&stage=3&stage=4&q=%20rust%20&sort=name&dir=asc&page=3&pageSize=50", {
        perJob: true,
      }),
    ).toMatchObject({
      ok: true,
      query: "stage=3&stage=4&status=active&q=rust&sort=name&dir=asc&pageSize=50",
    });
    expect(readSavedViewQuery("", { perJob: false })).toMatchObject({ ok: true, query: "" });
    expect(readSavedViewQuery("sort=appliedAt&dir=desc&status=", { perJob: false })).toMatchObject({
      ok: true,
      query: "",
    });
    expect(readSavedViewQuery("jobId=7&source=referral", { perJob: false })).toMatchObject({
      ok: true,
      query: "jobId=7&source=referral",
    });
  });

  it("refuses keys the table does not have, and the job on a job's table", () => {
    expect(readSavedViewQuery("status=active&password=x", { perJob: false })).toEqual({
      ok: false,
      message: "“password” is not a filter of the applications table.",
    });
    expect(readSavedViewQuery("jobId=7", { perJob: true })).toMatchObject({ ok: false });
  });

  it("refuses values the table would drop or replace by its default", () => {
    for (const query of [
      "stage=3&stage=x",
      "status=constructor",
      "sort=password",
      "dir=DESC",
      "page=0",
      "pageSize=100000",
      "appliedFrom=2026-13-45",
      "jobId=abc",
      "q=" + "x".repeat(201),
      "sort=name&sort=stage",
    ]) {
      expect(readSavedViewQuery(query, { perJob: false }), query).toMatchObject({ ok: false });
    }
  });

  it("refuses an oversized query", () => {
    expect(readSavedViewQuery(`q=${"a".repeat(5000)}`, { perJob: false })).toEqual({
      ok: false,
      message: "This view is too long to save.",
    });
  });
});
