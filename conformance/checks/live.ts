/**
 * Live calls against the target: a local emulator (default), the real service when credentials
 * are in the environment, or an endpoint. Each configured operation is polled to a terminal state
 * (emulator, endpoint) or once (service), and an unknown operation must answer in the error
 * shape. Every response goes through the validation policy; any violation fails the check.
 */
import assert from "node:assert/strict";
import type { Client, PathUncheckedResponse } from "@azure-rest/core-client";
import { probeControl } from "../live/control.js";
import { SEEDED_OPERATION_IDS, type ApiKey } from "../live/target.js";
import { quoted } from "../validator/quote.js";
import type { CheckContext } from "./context.js";
import { expectNone, expectNoViolations } from "./expect.js";
import { skippedCheck, type Check, type CheckGroup } from "./runner.js";

export const API_PATHS: Record<
  ApiKey,
  "/datasets/operations/{operationId}" | "/dataRegistries/operations/{operationId}"
> = {
  dataset: "/datasets/operations/{operationId}",
  dataRegistry: "/dataRegistries/operations/{operationId}",
};
const TERMINAL = new Set(["Succeeded", "Completed", "Failed"]);
const UNKNOWN: Record<ApiKey, string> = {
  dataset: "conformance-unknown-operation",
  dataRegistry: "00000000-0000-4000-8000-00000000c0de",
};

/** The APIs whose Get Operation the specs declare (other specs may declare only one, or none). */
export function apisInSpecs(context: CheckContext): ApiKey[] {
  const declared = new Set(
    context.validator.operations().map((o) => `${o.method.toUpperCase()} ${o.path}`),
  );
  return (["dataset", "dataRegistry"] as const).filter((api) =>
    declared.has(`GET ${API_PATHS[api]}`),
  );
}

export function liveGroup(context: CheckContext): CheckGroup {
  const { target } = context;
  const apis = apisInSpecs(context);
  if (apis.length === 0) {
    return {
      name: "live",
      skipped: `the specs declare neither GET ${API_PATHS.dataset} nor GET ${API_PATHS.dataRegistry}`,
      checks: [],
    };
  }
  let endpoint: string | undefined = target.endpoint;
  const checks: Check[] = [];
  // An endpoint without the ids: an emulator's seeded operations, if it is one; else a skip.
  if (target.kind === "endpoint" && apis.some((api) => target.operationIds[api] === undefined)) {
    return {
      name: "live",
      checks,
      setup: async () => {
        const emulator = endpoint !== undefined && (await probeControl(endpoint)) !== undefined;
        const ids = emulator
          ? { ...SEEDED_OPERATION_IDS, ...target.operationIds }
          : target.operationIds;
        checks.push(...liveChecks(context, apis, ids, () => endpoint));
      },
    };
  }
  checks.push(...liveChecks(context, apis, target.operationIds, () => endpoint));
  return {
    name: "live",
    checks,
    setup: async () => {
      if (target.kind === "emulator") endpoint = (await context.localEmulator()).url;
    },
  };
}

/** The checks of each API: its operation polled (or skipped without an id), an unknown one. */
function liveChecks(
  context: CheckContext,
  apis: readonly ApiKey[],
  operationIds: Partial<Record<ApiKey, string>>,
  endpointOf: () => string | undefined,
): Check[] {
  const { target } = context;
  const checks: Check[] = [];
  for (const api of apis) {
    const endpoint = endpointOf;
    const id = operationIds[api];
    if (id === undefined) {
      const reason = target.skipReasons[api] ?? "no operation id";
      context.skip(`live ${api} operation`, reason);
      checks.push(skippedCheck(`${api}: polls the configured operation`, reason));
    } else {
      checks.push({
        name: `${api}: polls operation ${id}: zero violations`,
        run: async () => {
          const clients = await context.clients(endpoint());
          // Either generated client; pathUnchecked is core-client's, the same on both.
          const client = clients[api] as Client;
          // The service is polled once (its operation may take hours); emulators to the end, with
          // no wait (the seeded Data Registry sample asks for Retry-After: 10).
          const maxPolls = target.kind === "service" ? 1 : 6;
          let body: { status?: unknown } = {};
          let http: string | undefined;
          for (let poll = 0; poll < maxPolls && !TERMINAL.has(String(body.status)); poll++) {
            const response: PathUncheckedResponse = await client
              .pathUnchecked(API_PATHS[api], id)
              .get();
            http = String(response.status);
            body = (response.body ?? {}) as { status?: unknown };
          }
          const exchanges = clients.exchanges();
          context.record(`live: ${api} ${id}`, exchanges, false);
          assert.ok(exchanges.length > 0, "no response was received");
          expectNone(
            exchanges.filter((e) => e.outcome !== "validated").map((e) => `${e.method} ${e.url}`),
            "response(s) no operation of the specs covers",
          );
          expectNoViolations(exchanges.flatMap((e) => e.violations));
          if (target.kind !== "service") {
            assert.ok(
              TERMINAL.has(String(body.status)),
              `the operation did not reach a terminal status in ${maxPolls} polls (last: HTTP ${http}, status ${body.status === undefined ? "none" : quoted(body.status)})`,
            );
          }
        },
      });
    }
    checks.push({
      name: `${api}: an unknown operation answers in the spec's error shape: zero violations`,
      run: async () => {
        const clients = await context.clients(endpoint());
        const response = await (clients[api] as Client)
          .pathUnchecked(API_PATHS[api], UNKNOWN[api])
          .get();
        const exchanges = clients.exchanges();
        context.record(`live: ${api} unknown operation`, exchanges, false);
        assert.ok(Number(response.status) >= 400, `answered HTTP ${response.status}, not an error`);
        assert.deepEqual(
          exchanges.map((e) => e.outcome),
          ["validated"],
        );
        expectNoViolations(exchanges.flatMap((e) => e.violations));
      },
    });
  }
  if (target.serviceSkipped !== undefined) {
    context.skip("real service", target.serviceSkipped);
    checks.push(skippedCheck("real service", target.serviceSkipped));
  }
  return checks;
}
