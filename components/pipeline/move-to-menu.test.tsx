import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MoveToMenu } from "./move-to-menu";

const stages = [
  { stageId: 1, name: "Applied" },
  { stageId: 2, name: "Recruiter screen" },
];

describe("MoveToMenu", () => {
  // A board renders one per card; the Radix menu mounts in the browser (docs/decisions/0048).
  it("renders only its button on the server, announced as a menu button with the candidate's name", () => {
    const html = renderToString(
      <MoveToMenu name="Ada Lovelace" currentStageId={1} stages={stages} onMove={() => undefined} />,
    );
    expect(html).toMatch(/^<button [^>]*aria-haspopup="menu"/);
    expect(html).toContain('aria-expanded="false"');
    expect(html).toMatch(/Move to…<span class="sr-only"> <!-- -->Ada Lovelace<\/span><\/button>$/);
    expect(html).not.toContain("data-state");
  });
});
