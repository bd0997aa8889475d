import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { fixtures, repoRoot, runGenerate } from "./helpers/runGenerate";

// Output goes under fixtures/out (ignored by git, lint and the root tsconfig).
const outRoot = join(fixtures, "out");
let out = "";
let client = "";

beforeAll(() => {
  out = mkdtempSync(join(outRoot.replace(/out$/, ""), "out-"));
  const run = runGenerate(join(fixtures, "kitchen-sink.md"), out);
  if (run.status !== 0) throw new Error(run.output);
  client = join(out, "kitchenSink");
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("kitchen-sink fixture", () => {
  it("emits every RLC module, models.ts included because bodies exist", () => {
    expect(readdirSync(client).sort()).toEqual([
      "clientDefinitions.ts",
      "index.ts",
      "isUnexpected.ts",
      "kitchenSinkClient.ts",
      "logger.ts",
      "models.ts",
      "outputModels.ts",
      "parameters.ts",
      "responses.ts",
      "serializeHelper.ts",
    ]);
  });

  it.each([
    "kitchenSinkClient.ts",
    "parameters.ts",
    "responses.ts",
    "clientDefinitions.ts",
    "isUnexpected.ts",
    "models.ts",
    "outputModels.ts",
    "index.ts",
  ])("%s matches its snapshot", (file) => {
    expect(readFileSync(join(client, file), "utf8")).toMatchSnapshot();
  });

  it("compiles under tsc --strict, and its type tests prove narrowing", () => {
    copyFileSync(join(fixtures, "kitchen-sink.typetest.ts.txt"), join(client, "typeTests.ts"));
    writeFileSync(
      join(client, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          noUncheckedIndexedAccess: true,
          target: "es2022",
          lib: ["es2022", "dom"],
          module: "nodenext",
          moduleResolution: "nodenext",
          types: ["node"],
          skipLibCheck: true,
        },
        include: ["*.ts"],
      }),
    );
    const tsc = require.resolve("typescript/bin/tsc", { paths: [repoRoot] });
    const r = spawnSync(process.execPath, [tsc, "-p", join(client, "tsconfig.json")], {
      encoding: "utf8",
    });
    expect(`${r.stdout}${r.stderr}`).toBe("");
    expect(r.status).toBe(0);
  });
});
