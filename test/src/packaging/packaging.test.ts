import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ensureBuilt } from "../cli/helpers/build.js";

/**
 * Builds, packs and installs the package into a throwaway consumer, then uses it from `import`
 * and `require` against a real server. Offline: the consumer's node_modules links the root's
 * dependencies and holds the unpacked tarball as `maps-operations-rest`.
 */
const root = resolve(__dirname, "../../..");
let consumer: string;

beforeAll(async () => {
  // The shared, locked build: a plain `npm run build` here raced the CLI tests' build of dist/.
  await ensureBuilt();
  consumer = mkdtempSync(join(tmpdir(), "maps-ops-consumer-"));
  const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", consumer], {
    cwd: root,
    encoding: "utf8",
  })
    .trim()
    .split("\n")
    .pop()!;
  const modules = join(consumer, "node_modules");
  mkdirSync(join(modules, "maps-operations-rest"), { recursive: true });
  execFileSync("tar", [
    "-xzf",
    join(consumer, tarball),
    "-C",
    join(modules, "maps-operations-rest"),
    "--strip-components=1",
  ]);
  for (const entry of readdirSync(join(root, "node_modules"))) {
    if (entry === "maps-operations-rest" || entry.startsWith(".")) continue;
    symlinkSync(join(root, "node_modules", entry), join(modules, entry));
  }
  writeFileSync(join(consumer, "package.json"), '{ "name": "consumer", "private": true }\n');
}, 180_000);

afterAll(() => rmSync(consumer, { recursive: true, force: true }));

const USE = (load: string) => `
const http = require("node:http");
(async () => {
  const lib = ${load};
  const server = http.createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/json", "retry-after": "0" });
    res.end(JSON.stringify({ id: "0522b4fe-0539-4c6c-ba70-e35ec865d8e2", status: "Completed" }));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const client = lib.createDataRegistryOperationsClient(new (require("@azure/core-auth").AzureKeyCredential)("k-123456"), {
    endpoint: "http://127.0.0.1:" + server.address().port,
  });
  const result = await lib.waitForOperation(client, "0522b4fe-0539-4c6c-ba70-e35ec865d8e2", { minIntervalMs: 1 });
  let refused = "";
  try { lib.createDatasetOperationsClient(new (require("@azure/core-auth").AzureKeyCredential)("k"), { geography: "xx" }); }
  catch (e) { refused = lib.isInvalidArgumentError(e) ? e.code : "wrong error"; }
  server.close();
  console.log(JSON.stringify({ status: result.status, polls: result.polls, refused, namespaces: typeof lib.Dataset.isUnexpected }));
})().catch((e) => { console.error(e); process.exit(1); });
`;

it.each([
  ["require", "use.cjs", `require("maps-operations-rest")`],
  ["import", "use.mjs", `await import("maps-operations-rest")`],
])("works from %s", (_kind, file, load) => {
  const source = file.endsWith(".mjs")
    ? `import { createRequire } from "node:module"; const require = createRequire(import.meta.url);\n${USE(load)}`
    : USE(load);
  writeFileSync(join(consumer, file), source);
  const out = execFileSync("node", [file], { cwd: consumer, encoding: "utf8" });
  expect(JSON.parse(out)).toEqual({
    status: "Completed",
    polls: 1,
    refused: "InvalidArgument",
    namespaces: "function",
  });
});

it("the tarball holds the builds, their type declarations and the API report, not the sources", () => {
  const files = execFileSync("find", [".", "-type", "f"], {
    cwd: join(consumer, "node_modules", "maps-operations-rest"),
    encoding: "utf8",
  })
    .split("\n")
    .filter(Boolean)
    .sort();
  expect(files).toContain("./dist/esm/src/index.js");
  expect(files).toContain("./dist/esm/src/index.d.ts");
  expect(files).toContain("./dist/esm/package.json");
  expect(files).toContain("./dist/commonjs/src/index.js");
  expect(files).toContain("./dist/commonjs/src/index.d.ts");
  expect(files).toContain("./review/maps-operations-rest.api.md");
  expect(files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
});

it("type-checks for a TypeScript consumer in both module systems", () => {
  const code = `
import { AzureKeyCredential } from "@azure/core-auth";
import { createDatasetOperationsClient, waitForOperation, type DatasetOperationResult } from "maps-operations-rest";
const client = createDatasetOperationsClient(new AzureKeyCredential("k"), { geography: "eu" });
export const pending: Promise<DatasetOperationResult> = waitForOperation(client, "id");
// @ts-expect-error geography is "us" | "eu"
createDatasetOperationsClient(new AzureKeyCredential("k"), { geography: "asia" });
`;
  writeFileSync(join(consumer, "esm.mts"), code);
  writeFileSync(join(consumer, "cjs.cts"), code);
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  execFileSync(
    "node",
    [
      tsc,
      "--noEmit",
      "--strict",
      "--module",
      "nodenext",
      "--moduleResolution",
      "nodenext",
      "--types",
      "node",
      "esm.mts",
      "cjs.cts",
    ],
    { cwd: consumer, encoding: "utf8" },
  );
});
