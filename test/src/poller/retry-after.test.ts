import { AzureKeyCredential } from "@azure/core-auth";
import {
  createDataRegistryOperationsClient,
  createOperationPoller,
  isOperationTimeoutError,
  waitForOperation,
  type OperationPollerOptions,
} from "../../../src/index.js";
import { retryAfterMs } from "../../../src/poller/retry-after.js";
import { registry } from "../helpers/answers.js";
import { DR_ID, KEY } from "../helpers/credentials.js";
import { useServer } from "../helpers/server.js";

describe("retryAfterMs", () => {
  const now = Date.parse("2024-01-01T00:00:00Z");
  it.each([
    [{ "retry-after": "10" }, 10_000],
    [{ "retry-after": "0" }, 0],
    [{ "retry-after": " 3 " }, 3000],
    [{ "retry-after": "Mon, 01 Jan 2024 00:00:05 GMT" }, 5000],
    [{ "retry-after": "Sun, 31 Dec 2023 23:59:00 GMT" }, 0],
    [{ "retry-after": "-1" }, undefined],
    [{ "retry-after": "1.5" }, undefined],
    [{ "retry-after": "soon" }, undefined],
    [{ "retry-after": "" }, undefined],
    [{}, undefined],
    [{ "retry-after-ms": "250", "retry-after": "10" }, 250],
    [{ "x-ms-retry-after-ms": "40" }, 40],
    // Regression (a poll storm): a huge value stays a huge delay, never Infinity or NaN.
    [{ "retry-after": "1000000000" }, 1_000_000_000_000],
    [{ "retry-after": "99999999999999999999999" }, Number("99999999999999999999999") * 1000],
  ])("%p → %p", (headers, want) => {
    expect(retryAfterMs(headers, now)).toBe(want);
  });
});

/** The delay chosen after a pending status, read from the poller's state after one poll. */
describe("the delay after a pending status", () => {
  const server = useServer();

  async function firstDelay(answer: ReturnType<typeof registry>, options: OperationPollerOptions) {
    server().script([answer]);
    const client = createDataRegistryOperationsClient(new AzureKeyCredential(KEY), {
      endpoint: server().url,
    });
    const poller = createOperationPoller(client, DR_ID, options);
    await poller.poll();
    expect(server().requests).toHaveLength(1);
    return poller.getOperationState().nextPollInMs;
  }

  it.each([
    [
      "Retry-After seconds",
      registry("Running", "2"),
      { intervalInMs: 5, minIntervalInMs: 1 },
      2000,
    ],
    [
      "no Retry-After: the default interval",
      registry("Running"),
      { intervalInMs: 700, minIntervalInMs: 1 },
      700,
    ],
    ["Retry-After: 0 raised to the minimum", registry("Running", "0"), { minIntervalInMs: 40 }, 40],
    [
      "interval below the minimum raised",
      registry("Running"),
      { intervalInMs: 1, minIntervalInMs: 30 },
      30,
    ],
    [
      "garbage Retry-After: the default interval",
      registry("Running", "later"),
      { intervalInMs: 9, minIntervalInMs: 1 },
      9,
    ],
    ["defaults: 2000 ms interval", registry("Running"), {}, 2000],
    ["defaults: Retry-After 0 raised to 1000 ms", registry("Running", "0"), {}, 1000],
  ])("%s", async (_name, answer, options, want) => {
    expect(await firstDelay(answer, options)).toBe(want);
  });

  it("Retry-After as an HTTP date", async () => {
    const at = new Date(Date.now() + 60_000).toUTCString();
    const delay = await firstDelay(registry("Running", at), { minIntervalInMs: 1 });
    expect(delay).toBeGreaterThan(55_000);
    expect(delay).toBeLessThanOrEqual(60_000);
  });

  it("a Retry-After beyond maxWaitInMs ends the wait at once instead of polling early", async () => {
    server().script([registry("Running", "3600"), registry("Completed")]);
    const client = createDataRegistryOperationsClient(new AzureKeyCredential(KEY), {
      endpoint: server().url,
    });
    const thrown = await waitForOperation(client, DR_ID, {
      maxWaitInMs: 60_000,
      minIntervalInMs: 1,
    }).catch((e: unknown) => e);
    expect(isOperationTimeoutError(thrown)).toBe(true);
    if (!isOperationTimeoutError(thrown)) return;
    expect([thrown.code, thrown.lastStatus, thrown.polls]).toEqual([
      "OperationTimeout",
      "Running",
      1,
    ]);
    expect(thrown.reason).toMatch(
      /^the server asked to wait (60m|59m) before the next poll, past maxWaitInMs 60s$/,
    );
    expect(thrown.message).toMatch(
      /did not finish within maxWaitInMs 60s: .* \(last status Running, 1 poll\)$/,
    );
    expect(server().requests).toHaveLength(1);
  });
});
