import { messageOf, runGroups, skippedCheck } from "../../../conformance/checks/runner.js";

describe("runGroups", () => {
  test("passes, failures with their message, skips with their reason, in order", async () => {
    const results = await runGroups([
      {
        name: "g",
        checks: [
          { name: "ok", run: () => undefined },
          {
            name: "bad",
            run: async () => {
              throw new Error("broken contract");
            },
          },
          skippedCheck("later", "no key"),
        ],
      },
      { name: "h", skipped: "not here", checks: [{ name: "never", run: () => undefined }] },
    ]);
    expect(
      results.map(({ group, name, status, message }) => ({ group, name, status, message })),
    ).toEqual([
      { group: "g", name: "ok", status: "passed", message: undefined },
      { group: "g", name: "bad", status: "failed", message: "broken contract" },
      { group: "g", name: "later", status: "skipped", message: "no key" },
      { group: "h", name: "h", status: "skipped", message: "not here" },
    ]);
  });

  test("a failed setup fails every check of its group, which never run; teardown still runs", async () => {
    let ran = false;
    let tornDown = false;
    const results = await runGroups([
      {
        name: "g",
        setup: async () => {
          throw new Error("no server");
        },
        teardown: async () => {
          tornDown = true;
        },
        checks: [{ name: "a", run: () => void (ran = true) }],
      },
    ]);
    expect(results).toEqual([
      expect.objectContaining({ status: "failed", message: "setup failed: no server" }),
    ]);
    expect(ran).toBe(false);
    expect(tornDown).toBe(true);
  });

  test("whatever a check throws is reported, never thrown", async () => {
    const hostile = {
      get message(): string {
        throw new Error("no");
      },
    };
    const results = await runGroups([
      {
        name: "g",
        checks: [
          { name: "string", run: () => Promise.reject("plain") },
          { name: "object", run: () => Promise.reject(Object.create(null)) },
          { name: "getter", run: () => Promise.reject(hostile) },
        ],
      },
    ]);
    expect(results.map((r) => r.status)).toEqual(["failed", "failed", "failed"]);
    expect(results.every((r) => typeof r.message === "string")).toBe(true);
  });

  test("messageOf never throws", () => {
    expect(messageOf(Object.create(null))).toBe("(an error whose message cannot be read)");
    expect(messageOf(new Error("x"))).toBe("x");
  });
});
