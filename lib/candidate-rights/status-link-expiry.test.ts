import { describe, expect, it } from "vitest";
import { statusLinkExpiresAt } from "./status-link-expiry";

const at = (iso: string) => new Date(iso);

describe("statusLinkExpiresAt", () => {
  it("never while the application is open", () => {
    expect(
      statusLinkExpiresAt({
        status: "ACTIVE",
        closedAt: at("2020-01-01T00:00:00Z"),
        issuedAt: at("2020-01-01T00:00:00Z"),
      }),
    ).toBeNull();
  });

  it.each(["REJECTED", "WITHDRAWN", "HIRED"] as const)("90 days after a %s application closed", (status) => {
    expect(
      statusLinkExpiresAt({ status, closedAt: at("2026-03-01T12:00:00Z"), issuedAt: at("2026-01-10T09:00:00Z") }),
    ).toEqual(at("2026-05-30T12:00:00Z"));
  });

  it("90 days after a link sent later than the close", () => {
    expect(
      statusLinkExpiresAt({
        status: "REJECTED",
        closedAt: at("2025-01-01T00:00:00Z"),
        issuedAt: at("2026-06-01T00:00:00Z"),
      }),
    ).toEqual(at("2026-08-30T00:00:00Z"));
  });
});
