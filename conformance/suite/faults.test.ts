/**
 * Every emulator fault, on the first poll of an operation, through src's clients and
 * waitForOperation with the validation policy on. The waiter recovers (the fault hits once); the
 * policy must record exactly the violation the fault means, and nothing for faults that stay
 * within the spec (HTTP errors in the error shape, latency, lost connections, an unknown value of
 * an extensible enum).
 */
import { waitForOperation } from "../../src/index.js";
import type { FaultRuleInput } from "../live/control.js";
import type { LiveExchange } from "../live/index.js";
import type { ExpectedViolation } from "../validator/mutations/index.js";
import { FAST_WAIT, useControl, useRecorder } from "./helpers/context.js";

const recorder = useRecorder("faults");
const controlTarget = useControl();

type Api = "dataset" | "dataRegistry";
const ID_FIELD: Record<Api, string> = { dataset: "/operationId", dataRegistry: "/id" };

interface FaultCase {
  readonly rule: FaultRuleInput;
  /** The violations the faulty answer must get; `[]` for faults the spec allows. */
  readonly want: (api: Api) => ExpectedViolation[];
  /** Status of the faulty answer; `undefined` when no answer arrives (reset, hang). */
  readonly status: number | undefined;
}

const none = (): ExpectedViolation[] => [];

const FAULTS: [string, FaultCase][] = [
  ["latency", { rule: { kind: "latency", ms: 5 }, want: none, status: 200 }],
  ["throttle", { rule: { kind: "throttle", retryAfter: 0 }, want: none, status: 429 }],
  ["serverError", { rule: { kind: "serverError" }, want: none, status: 500 }],
  ["unavailable", { rule: { kind: "unavailable" }, want: none, status: 503 }],
  ["reset", { rule: { kind: "reset" }, want: none, status: undefined }],
  ["hang", { rule: { kind: "hang" }, want: none, status: undefined }],
  [
    "truncatedBody",
    {
      rule: { kind: "truncatedBody" },
      want: () => [{ code: "JSON_PARSING_ERROR", location: "body", pointer: "" }],
      status: 200,
    },
  ],
  [
    "nonJsonBody",
    {
      rule: { kind: "nonJsonBody" },
      want: () => [{ code: "JSON_PARSING_ERROR", location: "body", pointer: "" }],
      status: 200,
    },
  ],
  [
    "wrongContentType",
    {
      rule: { kind: "wrongContentType" },
      want: () => [{ code: "INVALID_CONTENT_TYPE", location: "content-type", pointer: "" }],
      status: 200,
    },
  ],
  [
    "missingProperty",
    {
      rule: { kind: "missingProperty" },
      want: () => [
        { code: "OBJECT_MISSING_REQUIRED_PROPERTY", location: "body", pointer: "/status" },
      ],
      status: 200,
    },
  ],
  // Both status enums are extensible (modelAsString: true): a new value would be allowed, but the
  // fault respells a known one ("running"), which the spec does not allow.
  [
    "wrongEnum",
    {
      rule: { kind: "wrongEnum" },
      want: () => [{ code: "ENUM_CASE_MISMATCH", location: "body", pointer: "/status" }],
      status: 200,
    },
  ],
  [
    "wrongType",
    {
      rule: { kind: "wrongType" },
      want: (api) => [{ code: "INVALID_TYPE", location: "body", pointer: ID_FIELD[api] }],
      status: 200,
    },
  ],
  [
    "badHeader",
    {
      rule: { kind: "badHeader" },
      want: (api) =>
        api === "dataset"
          ? [{ code: "INVALID_FORMAT", location: "header", pointer: "/Resource-Location" }]
          : [{ code: "INVALID_TYPE", location: "header", pointer: "/Retry-After" }],
      status: 200,
    },
  ],
];

const seen: LiveExchange[] = [];
const brief = (list: readonly ExpectedViolation[]) =>
  list.map((v) => `${v.code} ${v.location} ${v.pointer}`).sort();

describe.each(["dataset", "dataRegistry"] as const)("%s faults", (api) => {
  test.each(FAULTS)("%s", async (kind, { rule, want, status }) => {
    const { control, auth } = controlTarget();
    const operation = await control.createOperation({
      api,
      retryAfter: 0,
      steps: [{ status: "Running", polls: 1 }],
      faults: [rule],
    });
    const clients = await recorder.clients(control.url, auth);
    const options = { ...FAST_WAIT, requestTimeoutMs: 300 };
    const result =
      api === "dataset"
        ? await waitForOperation(clients.dataset, operation.id, options)
        : await waitForOperation(clients.dataRegistry, operation.id, options);
    const exchanges = clients.exchanges();
    seen.push(...exchanges);
    recorder.add(`faults: ${api} ${kind}`, exchanges, true);

    expect(result.status).toBe(api === "dataset" ? "Succeeded" : "Completed");
    // The faulty answer is the first one received; every later one is clean.
    const [first, ...rest] = exchanges;
    if (status === undefined) {
      expect(exchanges.every((e) => e.status === 200)).toBe(true);
    } else {
      expect(first?.status).toBe(status);
      expect(brief(first?.violations ?? [])).toEqual(brief(want(api)));
    }
    expect(rest.flatMap((e) => e.violations)).toEqual([]);
    expect(exchanges.every((e) => e.outcome === "validated")).toBe(true);
  });
});

test("wrongEnum's respelled status is a violation, not a new value of the extensible enum", () => {
  const enums = recorder.validator.coverage().enums;
  const dataset = enums["dataset.json#/definitions/LroStatus"];
  const registry = enums["dataregistry.json#/definitions/LongRunningOperationStatus"];
  // The fault tests above ran (valid polls were seen)...
  expect(dataset?.values.Running).toBeGreaterThan(0);
  expect(registry?.values.Running).toBeGreaterThan(0);
  // ...and "running" was reported as ENUM_CASE_MISMATCH, not accepted as a new value.
  expect(dataset?.unknownValues).toEqual({});
  expect(registry?.unknownValues).toEqual({});
});

test("violation records carry the request, with only api-version in the query", () => {
  const urls = [...new Set(seen.flatMap((e) => e.violations.map((v) => `${v.method} ${v.url}`)))];
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) {
    expect(url).toMatch(
      /^GET http:\/\/[^/]+\/(datasets|dataRegistries)\/operations\/[^/?]+\?api-version=[0-9-.]+$/,
    );
  }
});
