import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { authenticateApiKey } from "./authenticate-api-key";

const KEY = "jb_0123456789abcdef0123";
const basic = (userAndPassword: string) => `Basic ${Buffer.from(userAndPassword).toString("base64")}`;

function codeOf(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).code;
  }
}

describe("authenticateApiKey", () => {
  it("accepts the key as the Basic auth user name with an empty password, or alone", () => {
    expect(codeOf(() => authenticateApiKey(basic(`${KEY}:`), KEY))).toBeNull();
    expect(codeOf(() => authenticateApiKey(basic(KEY), KEY))).toBeNull();
  });

  it("refuses a missing, malformed or wrong key", () => {
    expect(codeOf(() => authenticateApiKey(null, KEY))).toBe("UNAUTHORIZED");
    expect(codeOf(() => authenticateApiKey(`Bearer ${KEY}`, KEY))).toBe("UNAUTHORIZED");
    expect(codeOf(() => authenticateApiKey(basic(":"), KEY))).toBe("UNAUTHORIZED");
    expect(codeOf(() => authenticateApiKey(basic(`${KEY}x:`), KEY))).toBe("UNAUTHORIZED");
    expect(codeOf(() => authenticateApiKey(basic(`${KEY.slice(0, -1)}:`), KEY))).toBe("UNAUTHORIZED");
  });

  it("is turned off, with a message for the board owner, when no key is configured", () => {
    try {
      authenticateApiKey(basic(`${KEY}:`), undefined);
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).code).toBe("FORBIDDEN");
      expect((error as AppError).message).toContain("JOB_BOARD_API_KEY");
    }
  });
});
