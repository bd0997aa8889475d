import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fixtures, runGenerate } from "./helpers/runGenerate";

describe("generate with a spec it cannot handle", () => {
  let out = "";
  beforeEach(() => {
    out = mkdtempSync(join(fixtures, "out-bad-"));
    mkdirSync(join(out, "previous"), { recursive: true });
    writeFileSync(join(out, "previous", "keep.ts"), "// earlier output\n");
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it.each([
    {
      name: "an XML request body (emitter refuses, with a JSON pointer)",
      config: "bad-xml.md",
      want: [
        "bad-xml.json",
        "UNSUPPORTED_CONSTRUCT",
        "XML request body",
        "#/paths/~1jobs~1{jobId}/put",
      ],
    },
    {
      name: "a dangling $ref (AutoRest refuses)",
      config: "bad-ref.md",
      want: ["bad-ref.json", "#/definitions/Missing", "InvalidRef"],
    },
  ])(
    "fails on $name and leaves the output folder untouched",
    ({ config, want }) => {
      const run = runGenerate(join(fixtures, config), out);
      expect(run.status).toBe(1);
      for (const text of want) expect(run.output).toContain(text);
      expect(readFileSync(join(out, "previous", "keep.ts"), "utf8")).toBe("// earlier output\n");
      expect(existsSync(join(out, "bad"))).toBe(false);
    },
    300_000,
  );
});
