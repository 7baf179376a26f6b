import { describe, expect, it } from "vitest";
import { pickMessages } from "@/i18n/pick-messages";

const messages = {
  careers: { list: { open: "Open", none: "None" }, posting: { apply: "Apply" }, remotePolicy: { REMOTE: "Remote" } },
  apply: { submit: { send: "Send" } },
};

describe("pickMessages", () => {
  it("keeps whole namespaces and single groups where they were, and nothing else", () => {
    expect(pickMessages(messages, ["apply", "careers.list", "careers.remotePolicy"])).toEqual({
      apply: { submit: { send: "Send" } },
      careers: { list: { open: "Open", none: "None" }, remotePolicy: { REMOTE: "Remote" } },
    });
  });

  it("refuses a path that names no messages", () => {
    expect(() => pickMessages(messages, ["careers.lists"])).toThrow('No messages at "careers.lists"');
    expect(() => pickMessages(messages, ["careers.list.open.x"])).toThrow();
  });
});
