import { AzureKeyCredential } from "@azure/core-auth";
import {
  createDataRegistryOperationsClient,
  isWaitAbortedError,
  isWaitTimeoutError,
  waitForOperation,
  type WaitForOperationOptions,
} from "../../../src/index.js";
import { retryAfterMs } from "../../../src/wait/retry-after.js";
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
  ])("%p → %p", (headers, want) => {
    expect(retryAfterMs(headers, now)).toBe(want);
  });
});

/**
 * The delay chosen after a poll, read from onProgress, then the wait is aborted: values are
 * asserted without sleeping through them.
 */
describe("the delay after a pending status", () => {
  const server = useServer();

  async function firstDelay(answer: ReturnType<typeof registry>, options: WaitForOperationOptions) {
    server().script([answer]);
    const client = createDataRegistryOperationsClient(new AzureKeyCredential(KEY), {
      endpoint: server().url,
    });
    const controller = new AbortController();
    let delay: number | undefined;
    const thrown = await waitForOperation(client, DR_ID, {
      ...options,
      abortSignal: controller.signal,
      onProgress: (p) => {
        delay = p.nextPollInMs;
        controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(isWaitAbortedError(thrown)).toBe(true);
    expect(server().requests).toHaveLength(1);
    return delay;
  }

  it.each([
    ["Retry-After seconds", registry("Running", "2"), { intervalMs: 5, minIntervalMs: 1 }, 2000],
    [
      "no Retry-After: the default interval",
      registry("Running"),
      { intervalMs: 700, minIntervalMs: 1 },
      700,
    ],
    ["Retry-After: 0 raised to the minimum", registry("Running", "0"), { minIntervalMs: 40 }, 40],
    [
      "interval below the minimum raised",
      registry("Running"),
      { intervalMs: 1, minIntervalMs: 30 },
      30,
    ],
    [
      "garbage Retry-After: the default interval",
      registry("Running", "later"),
      { intervalMs: 9, minIntervalMs: 1 },
      9,
    ],
    ["defaults: 2000 ms interval", registry("Running"), {}, 2000],
    ["defaults: Retry-After 0 raised to 1000 ms", registry("Running", "0"), {}, 1000],
  ])("%s", async (_name, answer, options, want) => {
    expect(await firstDelay(answer, options)).toBe(want);
  });

  it("Retry-After as an HTTP date", async () => {
    const at = new Date(Date.now() + 60_000).toUTCString();
    const delay = await firstDelay(registry("Running", at), { minIntervalMs: 1 });
    expect(delay).toBeGreaterThan(55_000);
    expect(delay).toBeLessThanOrEqual(60_000);
  });

  it("a Retry-After beyond maxWaitMs ends the wait at once instead of polling early", async () => {
    server().script([registry("Running", "3600"), registry("Completed")]);
    const client = createDataRegistryOperationsClient(new AzureKeyCredential(KEY), {
      endpoint: server().url,
    });
    const thrown = await waitForOperation(client, DR_ID, {
      maxWaitMs: 60_000,
      minIntervalMs: 1,
    }).catch((e: unknown) => e);
    expect(isWaitTimeoutError(thrown)).toBe(true);
    if (!isWaitTimeoutError(thrown)) return;
    expect([thrown.code, thrown.lastStatus, thrown.polls, thrown.maxWaitMs]).toEqual([
      "WaitTimeout",
      "Running",
      1,
      60_000,
    ]);
    expect(thrown.message).toMatch(
      /did not finish within maxWaitMs 60000 \(the next poll is allowed only in \d+ ms; last status Running, 1 polls\)/,
    );
    expect(server().requests).toHaveLength(1);
  });
});
