import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { startFixedServer } from "../fixedServer.js";
import type { BenchConfig, ScenarioResult } from "../section.js";
import { fmtRatio, ratios, summarise } from "../stats.js";

const ROOT = resolve(__dirname, "..", "..");
const PATH = "/dataRegistries/operations/0522b4fe-0539-4c6c-ba70-e35ec865d8e2";

/** Each program imports its client and makes one call to URL (argv[1]), then exits. */
function programs(build: string): Array<{ name: string; code: string }> {
  const ours = JSON.stringify(join(build, "src", "index.js"));
  return [
    {
      name: "raw node:http",
      code: `require("node:http").get(process.argv[1] + "${PATH}?api-version=2023-06-01", (r) => { r.resume(); r.on("end", () => process.exit(0)); });`,
    },
    {
      name: "bare core-client getClient",
      code: `const { getClient } = require("@azure-rest/core-client"); const { AzureKeyCredential } = require("@azure/core-auth");
getClient(process.argv[1], new AzureKeyCredential("k"), { allowInsecureConnection: true, credentials: { apiKeyHeaderName: "subscription-key" } })
  .path("${PATH}").get({ queryParameters: { "api-version": "2023-06-01" } }).then(() => process.exit(0));`,
    },
    {
      name: "this package's client",
      code: `const m = require(${ours}); const { AzureKeyCredential } = require("@azure/core-auth");
m.createDataRegistryOperationsClient(new AzureKeyCredential("k"), { endpoint: process.argv[1] })
  .path("/dataRegistries/operations/{operationId}", "0522b4fe-0539-4c6c-ba70-e35ec865d8e2").get().then(() => process.exit(0));`,
    },
  ];
}

function timeProgram(code: string, url: string): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-e", code, url], { cwd: ROOT, encoding: "utf8" });
  const ns = Number(process.hrtime.bigint() - start);
  if (r.status !== 0) throw new Error(`bench: cold-start program failed: ${r.stderr}`);
  return ns;
}

/**
 * Time for a fresh node process to import a client and make its first call, relative to raw
 * node:http and to bare core-client. This package is compiled (CommonJS) into a scratch folder so
 * the measurement does not race a concurrent `npm run build`.
 */
export async function benchColdStart(config: BenchConfig): Promise<ScenarioResult> {
  const scratch = mkdtempSync(join(ROOT, ".tmp", "bench-build-"));
  const server = await startFixedServer();
  try {
    const tsc = spawnSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "rest/tsconfig.cjs.json", "--outDir", scratch],
      { cwd: ROOT, encoding: "utf8" },
    );
    if (tsc.status !== 0)
      throw new Error(`bench: build for cold start failed: ${tsc.stdout}${tsc.stderr}`);
    const list = programs(scratch);
    const times = new Map(list.map((p) => [p.name, [] as number[]]));
    const rounds = config.quick ? 1 : Math.max(5, config.rounds);
    for (let round = 0; round < rounds; round += 1) {
      for (let i = 0; i < list.length; i += 1) {
        const p = list[(round + i) % list.length]!;
        times.get(p.name)!.push(timeProgram(p.code, server.url));
      }
    }
    const raw = times.get("raw node:http")!;
    const bare = times.get("bare core-client getClient")!;
    const rows = list.map((p) => {
      const series = times.get(p.name)!;
      return [
        p.name,
        fmtRatio(summarise(ratios(series, raw))),
        fmtRatio(summarise(ratios(series, bare))),
      ];
    });
    return {
      id: "cold-start",
      title: "Cold start: new process, import, first call",
      columns: ["client", "vs raw node:http", "vs bare core-client"],
      rows,
      notes: [
        "Whole-process wall time ratios, same round; node's own start-up is in every figure.",
        "No goal: the docs state none for cold start.",
      ],
      measured: {},
      data: Object.fromEntries([...times].map(([k, v]) => [k, { nsPerRun: v }])),
    };
  } finally {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
