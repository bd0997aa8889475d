/**
 * Every emulator fault, on the first poll of an operation, through the library's clients and
 * waitForOperation with the validation policy on. The waiter recovers (the fault hits once); the
 * policy must record exactly the violation the fault means, and nothing for faults that stay
 * within the spec (HTTP errors in the error shape, latency, lost connections). A self-test of the
 * validator and the policy together, so its violations are expected, not findings.
 */
import assert from "node:assert/strict";
import { waitForOperation } from "maps-operations-rest";
import type { FaultRuleInput } from "../live/control.js";
import type { LiveExchange } from "../live/index.js";
import type { ExpectedViolation } from "../mutations/index.js";
import { FAST_WAIT, type CheckContext } from "./context.js";
import { expectNoViolations, expectViolations } from "./expect.js";
import type { Check, CheckGroup } from "./runner.js";

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

export function faultsGroup(context: CheckContext): CheckGroup {
  if (!context.bundledSpecs) {
    return {
      name: "faults",
      skipped: "the fault self-test expects the bundled specs' violations",
      checks: [],
    };
  }
  const seen: LiveExchange[] = [];
  // The shared validator's coverage also holds what other groups saw (a live target may send new
  // values of the extensible enums): this group's checks compare with where it started.
  let before: StatusTallies | undefined;
  const checks: Check[] = (["dataset", "dataRegistry"] as const).flatMap((api) =>
    FAULTS.map(([kind, { rule, want, status }]) => ({
      name: `${api} ${kind}`,
      run: async () => {
        before ??= statusTallies(context);
        const { control, auth } = await context.controlTarget();
        const operation = await control.createOperation({
          api,
          retryAfter: 0,
          steps: [{ status: "Running", polls: 1 }],
          faults: [rule],
        });
        const clients = await context.clients(control.url, auth);
        const options = { ...FAST_WAIT, requestTimeoutInMs: 300 };
        const result =
          api === "dataset"
            ? await waitForOperation(clients.dataset, operation.id, options)
            : await waitForOperation(clients.dataRegistry, operation.id, options);
        const exchanges = clients.exchanges();
        seen.push(...exchanges);
        context.record(`faults: ${api} ${kind}`, exchanges, true);

        assert.equal(result.status, api === "dataset" ? "Succeeded" : "Completed");
        // The faulty answer is the first one received; every later one is clean.
        const [first, ...rest] = exchanges;
        if (status === undefined) {
          assert.ok(
            exchanges.every((e) => e.status === 200),
            "only 200s were received",
          );
        } else {
          assert.equal(first?.status, status, "status of the faulty answer");
          expectViolations(first?.violations ?? [], want(api));
        }
        expectNoViolations(rest.flatMap((e) => e.violations));
        assert.ok(
          exchanges.every((e) => e.outcome === "validated"),
          "every answer was validated",
        );
      },
    })),
  );
  checks.push({
    name: "wrongEnum's respelled status is a violation, not a new value of the extensible enum",
    run: () => {
      const start = before ?? EMPTY_TALLIES;
      const now = statusTallies(context);
      // The fault checks above ran (valid polls were seen)...
      assert.ok(now.datasetRunning > start.datasetRunning, "Dataset Running was seen");
      assert.ok(now.registryRunning > start.registryRunning, "Data Registry Running was seen");
      // ...and "running" was reported as ENUM_CASE_MISMATCH, not accepted as a new value.
      const added = (was: readonly string[], is: readonly string[]) =>
        is.filter((v) => !was.includes(v));
      assert.deepEqual(
        added(start.datasetUnknown, now.datasetUnknown),
        [],
        "Dataset unknown values",
      );
      assert.deepEqual(
        added(start.registryUnknown, now.registryUnknown),
        [],
        "Registry unknown values",
      );
    },
  });
  checks.push({
    name: "violation records carry the request, with only api-version in the query",
    run: () => {
      const urls = [
        ...new Set(seen.flatMap((e) => e.violations.map((v) => `${v.method} ${v.url}`))),
      ];
      assert.ok(urls.length > 0, "some violations were recorded");
      for (const url of urls) {
        assert.match(
          url,
          /^GET https?:\/\/[^/]+\/(?:.*\/)?(datasets|dataRegistries)\/operations\/[^/?]+\?api-version=[0-9-.]+$/,
        );
      }
    },
  });
  return { name: "faults", checks };
}

/** The coverage of the two status enums that the wrongEnum check reads. */
interface StatusTallies {
  readonly datasetRunning: number;
  readonly registryRunning: number;
  readonly datasetUnknown: readonly string[];
  readonly registryUnknown: readonly string[];
}

const EMPTY_TALLIES: StatusTallies = {
  datasetRunning: 0,
  registryRunning: 0,
  datasetUnknown: [],
  registryUnknown: [],
};

function statusTallies(context: CheckContext): StatusTallies {
  const enums = context.validator.coverage().enums;
  const dataset = enums["dataset.json#/definitions/LroStatus"];
  const registry = enums["dataregistry.json#/definitions/LongRunningOperationStatus"];
  // Keys, not the records: the coverage may be a structured clone, from another realm in jest.
  return {
    datasetRunning: dataset?.values.Running ?? 0,
    registryRunning: registry?.values.Running ?? 0,
    datasetUnknown: Object.keys(dataset?.unknownValues ?? {}),
    registryUnknown: Object.keys(registry?.unknownValues ?? {}),
  };
}
