import { describe, expect, it } from "vitest";
import { changeStaffRoleSchema, inviteStaffSchema } from "./schema";

describe("inviteStaffSchema", () => {
  it("trims what was typed", () => {
    expect(inviteStaffSchema.parse({ name: "  Ann Lee ", email: " Ann@Example.com ", role: "RECRUITER" })).toEqual({
      name: "Ann Lee",
      email: "Ann@Example.com",
      role: "RECRUITER",
    });
  });

  it("names each problem", () => {
    const result = inviteStaffSchema.safeParse({ name: " ", email: "ann@", role: "OWNER" });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["name", "email", "role"]));
  });
});

describe("changeStaffRoleSchema", () => {
  it("accepts only the five roles", () => {
    expect(changeStaffRoleSchema.safeParse({ userId: "u1", role: "HIRING_MANAGER" }).success).toBe(true);
    expect(changeStaffRoleSchema.safeParse({ userId: "u1", role: "SUPERUSER" }).success).toBe(false);
  });
});
