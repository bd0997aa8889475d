/**
 * The library as another package meets it: its tarball installed into an empty project with
 * `@azure/core-auth`, from the registry, with nothing from this checkout. Its dependency closure
 * is the Azure core packages', and it works from `import`, `require` and TypeScript.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { installedProject, ROOT } from "../helpers/build.js";

let project: string;

beforeAll(async () => {
  project = await installedProject("library", ["rest"], ["@azure/core-auth"]);
}, 600_000);

/** Every package in the project's production tree, as `name@version` (npm ls, what a user sees). */
function productionTree(dir: string): Map<string, Set<string>> {
  const tree = JSON.parse(
    execFileSync("npm", ["ls", "--all", "--omit=dev", "--json"], { cwd: dir, encoding: "utf8" }),
  ) as Node;
  interface Node {
    dependencies?: Record<string, Node>;
  }
  /** name → the names it depends on. */
  const graph = new Map<string, Set<string>>();
  const walk = (name: string, node: Node) => {
    const children = Object.keys(node.dependencies ?? {});
    const known = graph.get(name) ?? new Set<string>();
    children.forEach((child) => known.add(child));
    graph.set(name, known);
    for (const [child, sub] of Object.entries(node.dependencies ?? {})) walk(child, sub);
  };
  walk("(project)", tree);
  return graph;
}

function closure(graph: Map<string, Set<string>>, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    graph.get(name)?.forEach(visit);
  };
  roots.forEach(visit);
  return seen;
}

describe("dependency closure", () => {
  test("holds only what the Azure core packages bring, plus at most 4 more", () => {
    const graph = productionTree(project);
    const all = closure(graph, ["(project)"]);
    all.delete("(project)");
    // What a bare core-client user has anyway: these three and everything they pull in.
    const bare = closure(graph, ["@azure-rest/core-client", "@azure/core-auth", "@azure/logger"]);
    const extra = [...all].filter((name) => !bare.has(name)).sort();
    expect(extra).toContain("maps-operations-rest");
    expect(extra.length).toBeLessThanOrEqual(4);
    for (const tool of [
      "@azure/identity",
      "@azure/msal-node",
      "commander",
      "ajv",
      "maps-operations-emulator",
      "maps-operations-conformance",
    ]) {
      expect(all.has(tool)).toBe(false);
    }
  });

  test("the manifest's runtime dependencies are Azure core packages only", () => {
    const manifest = JSON.parse(
      readFileSync(join(project, "node_modules/maps-operations-rest/package.json"), "utf8"),
    ) as { dependencies: Record<string, string> };
    for (const name of Object.keys(manifest.dependencies)) {
      expect(name).toMatch(/^@azure(-rest)?\/(core-[a-z-]+|logger|abort-controller)$/);
    }
  });
});

const USE = (load: string) => `
const http = require("node:http");
(async () => {
  const lib = ${load};
  const { AzureKeyCredential } = require("@azure/core-auth");
  const server = http.createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/json", "retry-after": "0" });
    res.end(JSON.stringify({ id: "0522b4fe-0539-4c6c-ba70-e35ec865d8e2", status: "Completed" }));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const client = lib.createDataRegistryOperationsClient(new AzureKeyCredential("k-123456"), {
    endpoint: "http://127.0.0.1:" + server.address().port,
  });
  const result = await lib.waitForOperation(client, "0522b4fe-0539-4c6c-ba70-e35ec865d8e2", { minIntervalInMs: 1 });
  const response = await client.path("/dataRegistries/operations/{operationId}", "0522b4fe-0539-4c6c-ba70-e35ec865d8e2").get();
  let refused = "";
  try { lib.createDatasetOperationsClient(new AzureKeyCredential("k"), { geography: "xx" }); }
  catch (e) { refused = lib.isInvalidArgumentError(e) ? e.code : "wrong error"; }
  server.close();
  console.log(JSON.stringify({
    status: result.status,
    polls: result.polls,
    unexpected: lib.isUnexpected(response),
    refused,
    rawFactories: ["Dataset", "DataRegistry", "createClient", "default"].filter((name) => name in lib),
  }));
})().catch((e) => { console.error(e); process.exit(1); });
`;

test.each([
  ["require", "use.cjs", `require("maps-operations-rest")`],
  ["import", "use.mjs", `await import("maps-operations-rest")`],
])("works from %s", (_kind, file, load) => {
  const source = file.endsWith(".mjs")
    ? `import { createRequire } from "node:module"; const require = createRequire(import.meta.url);\n${USE(load)}`
    : USE(load);
  writeFileSync(join(project, file), source);
  const out = execFileSync("node", [file], { cwd: project, encoding: "utf8" });
  expect(JSON.parse(out)).toEqual({
    status: "Completed",
    polls: 1,
    unexpected: false,
    refused: "InvalidArgument",
    rawFactories: [],
  });
});

test("the tarball holds the builds, their type declarations and the API report, not the sources", () => {
  const files = execFileSync("find", [".", "-type", "f"], {
    cwd: join(project, "node_modules", "maps-operations-rest"),
    encoding: "utf8",
  })
    .split("\n")
    .filter(Boolean)
    .sort();
  expect(files).toEqual(
    expect.arrayContaining([
      "./dist/esm/src/index.js",
      "./dist/esm/src/index.d.ts",
      "./dist/esm/package.json",
      "./dist/commonjs/src/index.js",
      "./dist/commonjs/src/index.d.ts",
      "./review/maps-operations-rest.api.md",
      "./README.md",
      "./LICENSE",
    ]),
  );
  expect(files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
  expect(files.filter((f) => /\/(cli|emulator|conformance|spec-checks)(\/|\.)/.test(f))).toEqual(
    [],
  );
});

test("type-checks for a TypeScript consumer in both module systems", () => {
  const code = `
import { AzureKeyCredential } from "@azure/core-auth";
import {
  createDatasetOperationsClient,
  createDataRegistryOperationsClient,
  isUnexpected,
  waitForOperation,
  type DatasetOperationResult,
  type DataRegistryLongRunningOperationResultOutput,
} from "maps-operations-rest";
const key = new AzureKeyCredential("k");
const client = createDatasetOperationsClient(key, { geography: "eu" });
export const pending: Promise<DatasetOperationResult> = waitForOperation(client, "id");
export async function narrow(): Promise<string> {
  const registry = createDataRegistryOperationsClient(key);
  const response = await registry.path("/dataRegistries/operations/{operationId}", "id").get();
  if (isUnexpected(response)) return response.body.error.code;
  const body: DataRegistryLongRunningOperationResultOutput = response.body;
  return body.status;
}
// @ts-expect-error geography is "us" | "eu"
createDatasetOperationsClient(key, { geography: "asia" });
`;
  writeFileSync(join(project, "esm.mts"), code);
  writeFileSync(join(project, "cjs.cts"), code);
  const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
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
      "--typeRoots",
      join(ROOT, "node_modules", "@types"),
      "--types",
      "node",
      "esm.mts",
      "cjs.cts",
    ],
    { cwd: project, encoding: "utf8" },
  );
});
