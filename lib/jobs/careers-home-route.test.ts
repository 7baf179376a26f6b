import { describe, expect, it } from "vitest";
import { CACHED_CAREERS_HOME_PATH, careersHomeRewrite } from "./careers-home-route";

const rewrite = (url: string) => {
  const parsed = new URL(url, "http://localhost");
  return careersHomeRewrite(parsed.pathname, parsed.searchParams);
};

describe("careersHomeRewrite", () => {
  it("serves the unfiltered home from the cached page, whatever else the URL carries", () => {
    for (const url of [
      "/",
      "/?utm_source=linkedin&gh_src=x",
      "/?q=&department=&location=&remote=",
      "/?q=%20%20",
      "/?remote=anywhere",
      "/?_rsc=abc",
    ]) {
      expect(rewrite(url), url).toBe(CACHED_CAREERS_HOME_PATH);
    }
  });

  it("renders a search or a filter per request", () => {
    for (const url of [
      "/?q=engineer",
      "/?department=Engineering",
      "/?location=Austin",
      "/?remote=hybrid",
      "/?q=&q=rust",
      "/?q=&department=&location=&remote=on-site",
    ]) {
      expect(rewrite(url), url).toBeNull();
    }
  });

  it("leaves every other path alone", () => {
    for (const url of ["/jobs/x", "/jobs/x/apply", "/hiring", CACHED_CAREERS_HOME_PATH, "/applications/status"])
      expect(rewrite(url), url).toBeNull();
  });
});
