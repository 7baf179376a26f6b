import { describe, expect, it } from "vitest";
import { applicationsViewQuery, hasActiveFilters, parseApplicationsView } from "./view-schema";

describe("parseApplicationsView", () => {
  it("gives the default view for an empty URL", () => {
    const view = parseApplicationsView({});
    expect(view).toEqual({
      jobId: undefined,
      stage: [],
      stageName: [],
      status: [],
      source: [],
      tag: [],
      question: undefined,
      answer: undefined,
      appliedFrom: undefined,
      appliedTo: undefined,
      q: undefined,
      sort: "appliedAt",
      dir: "desc",
      page: 1,
      pageSize: 25,
    });
    expect(hasActiveFilters(view)).toBe(false);
  });

  it("reads every filter, with repeated keys as lists and readable enum values", () => {
    const params = new URLSearchParams(
      "jobId=7&stage=3&stage=4&stageName=Offer&status=active&status=hired&source=careers-site&tag=9&question=12&answer=YES" +
        "&appliedFrom=2026-01-01&appliedTo=2026-01-31&q=%20Ada%20&sort=name&dir=asc&page=3&pageSize=50",
    );
    expect(parseApplicationsView(params)).toEqual({
      jobId: 7,
      stage: [3, 4],
      stageName: ["Offer"],
      status: ["ACTIVE", "HIRED"],
      source: ["CAREERS_SITE"],
      tag: [9],
      question: 12,
      answer: "YES",
      appliedFrom: new Date("2026-01-01T00:00:00.000Z"),
      appliedTo: new Date("2026-01-31T00:00:00.000Z"),
      q: "Ada",
      sort: "name",
      dir: "asc",
      page: 3,
      pageSize: 50,
    });
  });

  it("drops what does not parse instead of failing", () => {
    const view = parseApplicationsView({
      jobId: "abc",
      stage: ["3", "x", "-1"],
      status: ["ACTIVE", "constructor"],
      appliedFrom: "2026-13-45",
      sort: "password",
      dir: "sideways",
      page: "0",
      pageSize: "100000",
      q: "",
    });
    expect(view).toMatchObject({
      jobId: undefined,
      stage: [3],
      status: ["ACTIVE"],
      appliedFrom: undefined,
      sort: "appliedAt",
      dir: "desc",
      page: 1,
      pageSize: 25,
    });
    expect(view.q).toBeUndefined();
  });

  it("caps the search text and page size", () => {
    expect(parseApplicationsView({ q: "x".repeat(201) }).q).toBeUndefined();
    expect(parseApplicationsView({ pageSize: "100" }).pageSize).toBe(100);
    expect(parseApplicationsView({ pageSize: "101" }).pageSize).toBe(25);
  });
});

describe("applicationsViewQuery", () => {
  it("writes a view back to a URL query without defaults, and round-trips", () => {
    const view = parseApplicationsView({
      jobId: "7",
      stage: ["3", "4"],
      status: "rejected",
      source: "job-board-api",
      appliedFrom: "2026-02-01",
      q: "rust",
    });
    const query = applicationsViewQuery(view);
    expect(query).toBe("?jobId=7&stage=3&stage=4&status=rejected&source=job-board-api&appliedFrom=2026-02-01&q=rust");
    expect(parseApplicationsView(new URLSearchParams(query.slice(1)))).toEqual(view);
    expect(applicationsViewQuery({ ...view, jobId: undefined })).not.toContain("jobId");
  });

  it("applies changes, e.g. a sort or a page", () => {
    const view = parseApplicationsView({ q: "rust", page: "4" });
    expect(applicationsViewQuery(view, { sort: "name", dir: "asc", page: 1 })).toBe("?q=rust&sort=name&dir=asc");
    expect(applicationsViewQuery(parseApplicationsView({}))).toBe("");
  });
});
