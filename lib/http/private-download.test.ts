import { expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { csvAttachment, DOWNLOAD_HEADERS, privateDownload } from "./private-download";

it("sends the file with its own headers and the private ones", async () => {
  const response = await privateDownload("test-download", async () => csvAttachment("a,b\n", "report.csv"));
  expect(await response.text()).toBe("a,b\n");
  expect(Object.fromEntries(response.headers)).toMatchObject({
    "cache-control": DOWNLOAD_HEADERS["Cache-Control"],
    "x-content-type-options": "nosniff",
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": expect.stringContaining('filename="report.csv"'),
  });
});

it("keeps an error as private as the file: no cache may store the answer either way", async () => {
  vi.spyOn(console, "error").mockImplementation(() => {});
  const extra = { ...DOWNLOAD_HEADERS, "X-Frame-Options": "SAMEORIGIN" };
  const response = await privateDownload(
    "test-download",
    async () => {
      throw new AppError("NOT_FOUND", "No such file.");
    },
    extra,
  );
  expect(response.status).toBe(404);
  expect(await response.json()).toMatchObject({ ok: false, code: "NOT_FOUND", message: "No such file." });
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
});
