import { createValidator } from "../../conformance/validator/index.js";
import { compiledBodyCheck, perSecond } from "../throughput.js";
import type { BenchConfig, BenchSection } from "../section.js";
import { fmtNumber, summarise } from "../stats.js";

interface Case {
  operationId: string;
  status: number;
  label: string;
  headers: Record<string, string>;
  body: unknown;
}

const CASES: Case[] = [
  {
    operationId: "Dataset_GetOperation",
    status: 200,
    label: "Dataset 200 LongRunningOperationResult",
    headers: {
      "content-type": "application/json",
      "resource-location":
        "https://us.atlas.microsoft.com/datasets/3e36b996-f6d1-b068-0fcb-dd6b014c3447?api-version=2.0",
    },
    body: {
      operationId: "8b1288fa-1958-4a2b-b68e-13a7i5af7d7c",
      created: "2021-04-20T22:43:14.9401559+00:00",
      status: "Succeeded",
    },
  },
  {
    operationId: "Dataset_GetOperation",
    status: 404,
    label: "Dataset default ErrorResponse",
    headers: { "content-type": "application/json" },
    body: { error: { code: "NotFound", message: "The operation was not found." } },
  },
  {
    operationId: "DataRegistry_GetOperation",
    status: 200,
    label: "Data Registry 200 LongRunningOperationResult",
    headers: { "content-type": "application/json", "retry-after": "10" },
    body: { id: "0522b4fe-0539-4c6c-ba70-e35ec865d8e2", status: "Running" },
  },
  {
    operationId: "DataRegistry_GetOperation",
    status: 404,
    label: "Data Registry default MapsErrorResponse",
    headers: { "content-type": "application/json", "x-ms-error-code": "NotFound" },
    body: { error: { code: "NotFound", message: "The operation was not found." } },
  },
];

/** Whole-response checks per second: raw text in, parsing, headers, status and records included. */
function measureWholeResponse(
  validator: ReturnType<typeof createValidator>,
  c: Case,
  minMs: number,
): number {
  const input = {
    operationId: c.operationId,
    status: c.status,
    headers: c.headers,
    body: JSON.stringify(c.body),
  };
  let ok = true;
  for (let i = 0; i < 1000; i++) ok = validator.validateResponse(input).ok && ok;
  if (!ok)
    throw new Error(`bench: ${c.label} does not validate; the benchmark would time a failure`);
  let n = 0;
  const start = process.hrtime.bigint();
  const until = start + BigInt(minMs * 1e6);
  let now = start;
  while (now < until) {
    for (let i = 0; i < 1000; i++) validator.validateResponse(input);
    n += 1000;
    now = process.hrtime.bigint();
  }
  return n / (Number(now - start) / 1e9);
}

export async function benchValidation(config: BenchConfig): Promise<BenchSection> {
  const validator = createValidator();
  const minMs = config.quick ? 20 : 200;
  const rows: string[][] = [];
  const data: Record<string, unknown> = {};
  for (const c of CASES) {
    const compiled: number[] = [];
    const whole: number[] = [];
    for (let round = 0; round < config.rounds; round += 1) {
      const check = compiledBodyCheck(validator.options.specPaths, c.operationId, c.status);
      if (!check(c.body)) throw new Error(`bench: ${c.label} body does not validate`);
      compiled.push(
        perSecond(() => check(c.body), {
          batch: config.quick ? 1000 : 100_000,
          minMilliseconds: minMs,
        }),
      );
      whole.push(measureWholeResponse(validator, c, minMs));
    }
    const compiledS = summarise(compiled);
    const wholeS = summarise(whole);
    rows.push([c.label, fmtNumber(summarise(compiled.map((x) => x / 1e6)), 1), fmtNumber(wholeS)]);
    data[c.label] = { compiledPerSecond: compiledS, wholeResponsePerSecond: wholeS };
  }
  return {
    id: "validation",
    title: "Validations per second per response schema",
    columns: ["response schema", "compiled body check (M/s)", "whole response from raw text (/s)"],
    rows,
    notes: [
      "Compiled body check: the ajv function alone on a parsed body (target ≥ 5M/s for the status body).",
      "Whole response: validateResponse on raw text, with JSON parsing, depth/size limits, headers, content type, status and coverage bookkeeping.",
      "ajv standalone code is not used: schemas are compiled once in process.",
    ],
    data,
  };
}
