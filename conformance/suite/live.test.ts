/**
 * Live calls against the target: a freshly started emulator (default), the real service when
 * credentials are in the environment, or `--endpoint`. Each configured operation is polled to a
 * terminal state (emulator, endpoint) or once (service), and an unknown operation must answer in
 * the error shape. Every response goes through the validation policy; any violation fails.
 */
import type { Client, PathUncheckedResponse } from "@azure-rest/core-client";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { describeTarget, type ApiKey } from "../live/target.js";
import { target, useRecorder } from "./helpers/context.js";

const recorder = useRecorder("live");
const PATHS: Record<
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

let emulator: RunningEmulator | undefined;
beforeAll(async () => {
  if (target.kind === "emulator") emulator = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await emulator?.close();
});
const endpoint = () => emulator?.url ?? target.endpoint;

describe(`live calls: ${describeTarget(target)}`, () => {
  describe.each(["dataset", "dataRegistry"] as const)("%s", (api) => {
    const id = target.operationIds[api];
    if (id === undefined) {
      const reason = target.skipReasons[api] ?? "no operation id";
      recorder.skip(`live ${api} operation`, reason);
      test.skip(`polls the configured operation: skipped, ${reason}`, () => undefined);
    } else {
      test(`polls operation ${id}: zero violations`, async () => {
        const clients = await recorder.clients(endpoint());
        // Either generated client; pathUnchecked is core-client's, the same on both.
        const client = clients[api] as Client;
        // The service is polled once (its operation may take hours); emulators to the end, with no
        // wait (the seeded Data Registry sample asks for Retry-After: 10).
        const maxPolls = target.kind === "service" ? 1 : 6;
        let body: { status?: unknown } = {};
        for (let poll = 0; poll < maxPolls && !TERMINAL.has(String(body.status)); poll++) {
          const response: PathUncheckedResponse = await client.pathUnchecked(PATHS[api], id).get();
          body = (response.body ?? {}) as { status?: unknown };
        }
        const exchanges = clients.exchanges();
        recorder.add(`live: ${api} ${id}`, exchanges, false);
        expect(exchanges.length).toBeGreaterThan(0);
        expect(exchanges.every((e) => e.outcome === "validated")).toBe(true);
        expect(exchanges.flatMap((e) => e.violations)).toEqual([]);
        if (target.kind !== "service") expect(TERMINAL.has(String(body.status))).toBe(true);
      });
    }

    test("an unknown operation answers in the spec's error shape: zero violations", async () => {
      const clients = await recorder.clients(endpoint());
      const response = await (clients[api] as Client).pathUnchecked(PATHS[api], UNKNOWN[api]).get();
      const exchanges = clients.exchanges();
      recorder.add(`live: ${api} unknown operation`, exchanges, false);
      expect(Number(response.status)).toBeGreaterThanOrEqual(400);
      expect(exchanges.map((e) => e.outcome)).toEqual(["validated"]);
      expect(exchanges.flatMap((e) => e.violations)).toEqual([]);
    });
  });

  if (target.serviceSkipped !== undefined) {
    const reason = target.serviceSkipped;
    recorder.skip("real service", reason);
    test.skip(`real service: skipped, ${reason}`, () => undefined);
  }
});
