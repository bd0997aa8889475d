/**
 * The validator per response schema, each figure side by side in one run: the compiled body
 * check alone; the floor (`JSON.parse` plus that compiled check, on the raw text); a whole-response
 * `validateResponse` on the raw text; and oav's `LiveValidator.validateLiveResponse` on the same
 * response (given `JSON.parse` of the text, as it takes a parsed body). The two ratios are per
 * round, so that both sides of each come from the same moment of the machine.
 */
import type * as Validator from "../../conformance/validator/index.js";
import type { ResponseInput } from "../../conformance/validator/index.js";
import { loadBuilt } from "../built.js";
import { isDateTime } from "../../conformance/validator/schema/dateTime.js";
import { startOav } from "../oavLive.js";
import type { BenchConfig, ScenarioResult } from "../section.js";
import { fmtNumber, fmtRatio, summarise, type Summary } from "../stats.js";
import { compiledBodyCheck, perSecond } from "../throughput.js";

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

/** The row most of issue #13's targets are about: the Data Registry Running response. */
const TARGET_ROW = "Data Registry 200 LongRunningOperationResult";
/** The row with a `format: date-time` property. */
const DATE_TIME_ROW = "Dataset 200 LongRunningOperationResult";

/**
 * Nanoseconds per call of `a` and of `b`, measured in alternating slices of `batch` calls so that
 * a change of the machine's speed falls on both alike.
 */
function alternate(
  a: () => unknown,
  b: () => unknown,
  slices: number,
  batch: number,
): [number, number] {
  let ta = 0n;
  let tb = 0n;
  for (let s = 0; s < slices; s++) {
    let start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) a();
    ta += process.hrtime.bigint() - start;
    start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) b();
    tb += process.hrtime.bigint() - start;
  }
  const calls = slices * batch;
  return [Number(ta) / calls, Number(tb) / calls];
}

async function nanosecondsPerAsyncCall(
  call: () => Promise<unknown>,
  calls: number,
): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) await call();
  return Number(process.hrtime.bigint() - start) / calls;
}

export async function benchValidation(config: BenchConfig): Promise<ScenarioResult> {
  // The built package, as its users run it; the floor's ajv function is compiled by the same ajv.
  const { createValidator } = loadBuilt<typeof Validator>("conformance/dist/validator/index.js");
  const validator = createValidator();
  const oav = await startOav();
  const slices = config.quick ? 5 : 200;
  const batch = config.quick ? 20 : 500;
  const oavCalls = config.quick ? 5 : 300;
  const rows: string[][] = [];
  const data: Record<string, unknown> = {};
  const measured: Record<string, Summary> = {};
  for (const c of CASES) {
    const text = JSON.stringify(c.body);
    const input: ResponseInput = { ...c, body: text };
    const check = compiledBodyCheck(validator.options.specPaths, c.operationId, c.status);
    const floor = () => check(JSON.parse(text));
    const whole = () => validator.validateResponse(input);
    const viaOav = () => oav(c.operationId, c.status, c.headers, JSON.parse(text));
    if (!check(c.body) || !whole().ok || !(await viaOav())) {
      throw new Error(`bench: ${c.label} does not validate; the benchmark would time a failure`);
    }
    // Warm-up, so the JIT has optimised every candidate before timing starts.
    alternate(floor, whole, slices, batch);
    await nanosecondsPerAsyncCall(viaOav, oavCalls);

    const compiled: number[] = [];
    const wholePerSecond: number[] = [];
    const overFloor: number[] = [];
    const oavOverWhole: number[] = [];
    const oavOverFloor: number[] = [];
    for (let round = 0; round < config.rounds; round += 1) {
      compiled.push(
        perSecond(() => check(c.body), {
          batch: config.quick ? 1000 : 100_000,
          minMilliseconds: config.quick ? 5 : 200,
        }),
      );
      const [floorNs, wholeNs] = alternate(floor, whole, slices, batch);
      const oavNs = await nanosecondsPerAsyncCall(viaOav, oavCalls);
      const [, wholeAgainNs] = alternate(floor, whole, Math.max(1, slices >> 2), batch);
      const wholeMean = (wholeNs + wholeAgainNs) / 2;
      wholePerSecond.push(1e9 / wholeNs);
      overFloor.push(wholeNs / floorNs);
      // oav is timed between two runs of the validator, whose mean it is compared with.
      oavOverWhole.push(oavNs / wholeMean);
      // For scale: how far from oav the floor itself is, in the same round.
      oavOverFloor.push(oavNs / floorNs);
    }
    const s = {
      compiledPerSecond: summarise(compiled),
      wholeResponsePerSecond: summarise(wholePerSecond),
      wholeOverFloor: summarise(overFloor),
      oavOverWhole: summarise(oavOverWhole),
      oavOverFloor: summarise(oavOverFloor),
    };
    const compiledMillions = summarise(compiled.map((x) => x / 1e6));
    if (c.label === TARGET_ROW) {
      measured["validation/whole-over-floor"] = s.wholeOverFloor;
      measured["validation/oav-over-whole"] = s.oavOverWhole;
      measured["validation/status-compiled"] = compiledMillions;
    }
    if (c.label === DATE_TIME_ROW) measured["validation/dataset-200-compiled"] = compiledMillions;
    rows.push([
      c.label,
      fmtNumber(compiledMillions, 1),
      fmtNumber(s.wholeResponsePerSecond),
      fmtRatio(s.wholeOverFloor),
      fmtRatio(s.oavOverWhole),
    ]);
    data[c.label] = s;
  }
  const sample = "2021-04-20T22:43:14.9401559+00:00";
  const dateTime = Array.from({ length: config.rounds }, () =>
    perSecond(() => isDateTime(sample), {
      batch: config.quick ? 1000 : 100_000,
      minMilliseconds: config.quick ? 5 : 100,
    }),
  );
  data["date-time format alone"] = { perSecond: summarise(dateTime) };
  return {
    id: "validation",
    title: "Validations per second per response schema",
    columns: [
      "response schema",
      "compiled body check (M/s)",
      "whole response from raw text (/s)",
      "whole response / (JSON.parse + compiled check)",
      "oav validateLiveResponse / whole response",
    ],
    rows,
    notes: [
      "Compiled body check: the ajv function alone on a parsed body. Dataset 200's `created` is `format: date-time`, so its figure includes that check (the date-time check alone: " +
        `${fmtNumber(summarise(dateTime.map((x) => x / 1e6)), 1)} M/s).`,
      "Whole response: validateResponse of the built package (conformance/dist, as installed) on raw text, with JSON parsing, size/depth limits, header reading and checks, content type, status and coverage bookkeeping.",
      `Time ratios, per round (lower is faster for the validator): whole response over the floor, JSON.parse plus the compiled check on the same text; oav's validateLiveResponse, given JSON.parse of the text, over the whole response. The goals on these ratios, and on the status body's compiled check, are about the "${TARGET_ROW}" row, the Running response; the date-time goal is about the "${DATE_TIME_ROW}" row.`,
      "ajv standalone code is not used: schemas are compiled once in process.",
    ],
    measured,
    data,
  };
}
