import { describe, expect, it } from "vitest";
import {
  apiClientName,
  applicationSourceFor,
  trackingFromSearchParams,
  trackingSchema,
  TRACKING_PARAMS,
  withTrackingParams,
} from "./tracking";

const params = (query: string) => new URLSearchParams(query);

describe("trackingFromSearchParams", () => {
  it("reads utm_* and the referring host", () => {
    expect(
      trackingFromSearchParams(
        params("utm_source=newsletter&utm_medium=email&utm_campaign=fall&x=1"),
        "news.example.com",
      ),
    ).toEqual({
      utm_source: "newsletter",
      utm_medium: "email",
      utm_campaign: "fall",
      referrer: "news.example.com",
    });
    expect(trackingFromSearchParams(params(""))).toBeUndefined();
  });

  it("reads a named referral and a named agency", () => {
    expect(trackingFromSearchParams(params("source=referral&referrer=%20Dana%20Scully%20"))).toEqual({
      source: "referral",
      referredBy: "Dana Scully",
    });
    expect(trackingFromSearchParams(params("source=Agency&agency=Talent%20Partners"))).toEqual({
      source: "agency",
      agency: "Talent Partners",
    });
    // The other channel's name is not taken: a referral link names no agency.
    expect(trackingFromSearchParams(params("source=referral&agency=Talent%20Partners"))).toEqual({
      source: "referral",
    });
  });

  it("leaves out what it cannot use instead of blocking the application", () => {
    expect(trackingFromSearchParams(params("source=billboard&referrer=Dana"))).toBeUndefined();
    expect(trackingFromSearchParams(params(`source=referral&referrer=${"x".repeat(101)}`))).toEqual({
      source: "referral",
    });
    expect(trackingFromSearchParams(params(`utm_source=${"y".repeat(300)}`))?.utm_source).toHaveLength(200);
  });

  it("gives what the application schema accepts", () => {
    for (const query of ["utm_source=a&source=referral&referrer=Dana", "source=agency&agency=Acme", "utm_term=x"]) {
      expect(trackingSchema.safeParse(trackingFromSearchParams(params(query), "example.org")).success, query).toBe(
        true,
      );
    }
  });
});

describe("trackingSchema", () => {
  it("refuses a referrer or agency name without its source, and unknown keys", () => {
    expect(trackingSchema.safeParse({ referredBy: "Dana" }).success).toBe(false);
    expect(trackingSchema.safeParse({ source: "referral", agency: "Acme" }).success).toBe(false);
    expect(trackingSchema.safeParse({ source: "agency", agency: "  " }).success).toBe(false);
    expect(trackingSchema.safeParse({ source: "sourced" }).success).toBe(false);
    expect(trackingSchema.safeParse({ apiClient: "Acme" }).success).toBe(false);
  });
});

describe("withTrackingParams", () => {
  it("carries only the tracking parameters to the apply page", () => {
    expect(
      withTrackingParams(
        "/jobs/x/apply",
        "?utm_source=li&source=referral&referrer=Dana+Scully&session=secret",
        TRACKING_PARAMS,
      ),
    ).toBe("/jobs/x/apply?utm_source=li&source=referral&referrer=Dana+Scully");
    expect(withTrackingParams("/jobs/x/apply", "", TRACKING_PARAMS)).toBe("/jobs/x/apply");
    expect(withTrackingParams("/jobs/x/apply", "?q=1", TRACKING_PARAMS)).toBe("/jobs/x/apply");
  });
});

describe("applicationSourceFor", () => {
  it("refines the careers site by the link, never a job board's channel", () => {
    expect(applicationSourceFor("CAREERS_SITE", undefined)).toBe("CAREERS_SITE");
    expect(applicationSourceFor("CAREERS_SITE", { utm_source: "li" })).toBe("CAREERS_SITE");
    expect(applicationSourceFor("CAREERS_SITE", { source: "referral" })).toBe("REFERRAL");
    expect(applicationSourceFor("CAREERS_SITE", { source: "agency", agency: "Acme" })).toBe("AGENCY");
    expect(applicationSourceFor("JOB_BOARD_API", { source: "agency" })).toBe("JOB_BOARD_API");
  });
});

describe("apiClientName", () => {
  it("is the User-Agent's product name", () => {
    expect(apiClientName("AcmeJobs/2.1 (+https://acme.example)")).toBe("AcmeJobs");
    expect(apiClientName("IndeedApply")).toBe("IndeedApply");
    expect(apiClientName(null)).toBeUndefined();
    expect(apiClientName("   ")).toBeUndefined();
    expect(apiClientName("x".repeat(101))).toBeUndefined();
  });
});
