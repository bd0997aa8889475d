import { request, Agent } from "node:http";
import { getClient } from "@azure-rest/core-client";
import { AzureKeyCredential } from "@azure/core-auth";
import { createValidationPolicy } from "../../conformance/live/index.js";
import { createValidator } from "../../conformance/validator/index.js";
import { createDataRegistryOperationsClient } from "../../src/index.js";
import { sideBySide } from "../batch.js";
import { startFixedServer } from "../fixedServer.js";
import type { BenchConfig, ScenarioResult } from "../section.js";
import { fmtNumber, fmtRatio, ratios, summarise, type Summary } from "../stats.js";

const OPERATION_ID = "0522b4fe-0539-4c6c-ba70-e35ec865d8e2";
const KEY = "bench-key";

export interface Candidate {
  name: string;
  call: () => PromiseLike<unknown>;
}

/** Extra candidates (this package's client, with and without validation) plug in here. */
export type CandidateFactory = (url: string) => Candidate[];

function rawCandidate(url: string): Candidate {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const { hostname, port } = new URL(url);
  const path = `/dataRegistries/operations/${OPERATION_ID}?api-version=2023-06-01`;
  return {
    name: "raw node:http (keep-alive)",
    call: () =>
      new Promise((resolve, reject) => {
        const req = request(
          { hostname, port, path, agent, headers: { "subscription-key": KEY } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString("utf8"))));
            res.on("error", reject);
          },
        );
        req.on("error", reject);
        req.end();
      }),
  };
}

function bareCandidate(url: string): Candidate {
  const client = getClient(url, new AzureKeyCredential(KEY), {
    allowInsecureConnection: true,
    credentials: { apiKeyHeaderName: "subscription-key" },
  });
  return {
    name: "bare core-client getClient",
    call: () =>
      client
        .path("/dataRegistries/operations/{operationId}", OPERATION_ID)
        .get({ queryParameters: { "api-version": "2023-06-01" } }),
  };
}

function oursCandidate(url: string): Candidate {
  const client = createDataRegistryOperationsClient(new AzureKeyCredential(KEY), { endpoint: url });
  return {
    name: OURS,
    call: () => client.path("/dataRegistries/operations/{operationId}", OPERATION_ID).get(),
  };
}

/** The same client with the conformance suite's validating policy on every attempt. */
function validatingCandidate(url: string, violations: { count: number }): Candidate {
  const policy = createValidationPolicy(createValidator(), {
    onViolation: () => (violations.count += 1),
  });
  const client = createDataRegistryOperationsClient(new AzureKeyCredential(KEY), {
    endpoint: url,
    additionalPolicies: [{ policy, position: "perRetry" }],
  });
  return {
    name: VALIDATING,
    call: () => client.path("/dataRegistries/operations/{operationId}", OPERATION_ID).get(),
  };
}

const BASELINE = "raw node:http (keep-alive)";
const BARE = "bare core-client getClient";
const OURS = "this package's client";
const VALIDATING = "this package's client + validating policy";

const MODES = [
  { concurrency: 1, label: "sequential", id: "sequential" },
  { concurrency: 32, label: "32 concurrent", id: "32-concurrent" },
] as const;

export async function benchStatusGet(
  config: BenchConfig,
  more: CandidateFactory = () => [],
): Promise<ScenarioResult> {
  const server = await startFixedServer();
  const violations = { count: 0 };
  try {
    const candidates = [
      rawCandidate(server.url),
      bareCandidate(server.url),
      oursCandidate(server.url),
      validatingCandidate(server.url, violations),
      ...more(server.url),
    ];
    const rows: string[][] = [];
    const data: Record<string, unknown> = {};
    const measured: Record<string, Summary> = {};
    for (const mode of MODES) {
      const { concurrency } = mode;
      const count = config.quick ? 8 : concurrency === 1 ? 300 : 1500;
      const series = await sideBySide(candidates, {
        rounds: config.rounds,
        count,
        concurrency,
        warmup: config.quick ? 4 : 100,
      });
      const raw = series.get(BASELINE)!;
      const bare = series.get(BARE)!;
      for (const c of candidates) {
        const nsPerCall = series.get(c.name)!;
        const perSecond = summarise(nsPerCall.map((ns) => 1e9 / ns));
        const vsRaw = summarise(ratios(nsPerCall, raw));
        const vsBare = summarise(ratios(nsPerCall, bare));
        if (c.name === OURS) measured[`status-get/client-${mode.id}`] = vsBare;
        if (c.name === VALIDATING) measured[`status-get/validating-${mode.id}`] = vsBare;
        rows.push([mode.label, c.name, fmtRatio(vsRaw), fmtRatio(vsBare), fmtNumber(perSecond)]);
        data[`${concurrency}/${c.name}`] = { vsRaw, vsBare, perSecond, nsPerCall };
      }
    }
    // The fixed answer is valid: a violation would mean the policy timed a failing path.
    if (violations.count > 0) throw new Error(`bench: ${violations.count} unexpected violations`);
    return {
      id: "status-get",
      title: "One status GET: time per call relative to raw node:http and to bare core-client",
      columns: ["mode", "client", "vs raw node:http", "vs bare core-client", "calls/s"],
      rows,
      notes: [
        "Ratios are time per call divided by the baseline's time per call in the same round (lower is faster); median (min–max) over rounds.",
        "The server is a fixed-response endpoint in a worker thread on 127.0.0.1.",
        "The goals compare this package's client, with and without the validating policy, to bare core-client in both modes.",
      ],
      measured,
      data,
    };
  } finally {
    await server.close();
  }
}
