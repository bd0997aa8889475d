import { AzureKeyCredential } from "@azure/core-auth";
import fc from "fast-check";
import {
  createDataRegistryOperationsClient,
  createDatasetOperationsClient,
  isInvalidArgumentError,
  waitForOperation,
} from "../../../src/index.js";
import { datasetSucceeded, fast, registry } from "../helpers/answers.js";
import { DR_ID, KEY } from "../helpers/credentials.js";
import { useServer } from "../helpers/server.js";

/**
 * `target` is the configured endpoint; `elsewhere` stands for any other host a hostile value
 * would like to reach. Every test ends by checking `elsewhere` saw nothing.
 */
describe("no request leaves for another host", () => {
  const target = useServer();
  const elsewhere = useServer();
  afterEach(() => expect(elsewhere().requests).toEqual([]));

  const key = () => new AzureKeyCredential(KEY);

  it.each([
    (port: string) => `127.0.0.1:${port}/#`,
    (port: string) => `127.0.0.1:${port}?`,
    (port: string) => `x@127.0.0.1:${port}/`,
  ])("hostile geography %# is refused", (hostile) => {
    const port = new URL(elsewhere().url).port;
    expect(() =>
      createDatasetOperationsClient(key(), { geography: hostile(port) as "us" }),
    ).toThrow(/^options\.geography must be "us" or "eu"/);
  });

  it("an absolute URL given to pathUnchecked is refused by the request guard", async () => {
    const client = createDatasetOperationsClient(key(), { endpoint: target().url });
    await expect(
      client.pathUnchecked(`${elsewhere().url}/datasets/operations/x`).get(),
    ).rejects.toThrow(
      `request URL must be a URL of ${target().origin}, the only origin this client talks to; got "${elsewhere().origin}/".`,
    );
    expect(target().requests).toEqual([]);
  });

  it.each([
    ["another path of the same origin", "/other/resource"],
    ["the other API's route", `/dataRegistries/operations/${DR_ID}`],
    ["a path below the operation", "/datasets/operations/op/steal"],
  ])("pathUnchecked to %s is refused: only the API's route is sent", async (_name, path) => {
    const client = createDatasetOperationsClient(key(), { endpoint: target().url });
    await expect(client.pathUnchecked(path).get()).rejects.toThrow(
      /^request path must be \/datasets\/operations\/\{operationId\} \(the Dataset Get Operation route\); got /,
    );
    expect(target().requests).toEqual([]);
  });

  it("a redirect to another origin is not followed", async () => {
    target().script([{ status: 302, headers: { location: `${elsewhere().url}/steal` } }]);
    const client = createDataRegistryOperationsClient(key(), { endpoint: target().url });
    const response = await client.path("/dataRegistries/operations/{operationId}", DR_ID).get();
    expect(response.status).toBe("302");
    expect(target().requests).toHaveLength(1);
  });

  it.each([
    ["../../x"],
    ["..%2F..%2Fx"],
    ["a/b"],
    ["a?subscription-key=x"],
    ["a#frag"],
    ["a\r\nHost: evil"],
    ["//evil.com"],
    ["$'"],
    ["$&$`$$"],
    ["%2e%2e"],
    [" .."],
  ])("Dataset operationId %p stays one encoded path segment on the target", async (id) => {
    target().script([datasetSucceeded()]);
    const client = createDatasetOperationsClient(key(), { endpoint: target().url });
    await client.path("/datasets/operations/{operationId}", id).get();
    expect(target().requests.map((r) => r.target)).toEqual([
      `/datasets/operations/${encodeURIComponent(id)}?api-version=2.0`,
    ]);
  });

  it("property: any non-dot Dataset id is received as exactly the id, on the target only", async () => {
    const client = createDatasetOperationsClient(key(), { endpoint: target().url });
    target().script([datasetSucceeded()]);
    await fc.assert(
      fc.asyncProperty(
        fc
          .string({ minLength: 1, maxLength: 40, unit: "binary" })
          // Lone surrogates cannot be encoded (core's path() throws URIError): not ids.
          .filter((s) => s !== "." && s !== ".." && !/[\uD800-\uDFFF]/.test(s)),
        async (id) => {
          const before = target().requests.length;
          await client.path("/datasets/operations/{operationId}", id).get();
          const seen = target().requests.slice(before);
          expect(seen).toHaveLength(1);
          const path = seen[0]!.target.split("?")[0]!;
          expect(path.startsWith("/datasets/operations/")).toBe(true);
          expect(decodeURIComponent(path.slice("/datasets/operations/".length))).toBe(id);
        },
      ),
      { numRuns: 60 },
    );
  });

  it.each([
    [".", "/datasets/operations/"],
    ["..", "/datasets/"],
  ])(
    "regression: path(route, %p).get() would reach %s; every request's id is checked, so it is refused",
    async (id, reached) => {
      target().script([datasetSucceeded()]);
      const client = createDatasetOperationsClient(key(), { endpoint: target().url });
      await expect(client.path("/datasets/operations/{operationId}", id).get()).rejects.toThrow(
        `request path must be /datasets/operations/{operationId} (the Dataset Get Operation route); got "${reached}".`,
      );
      await expect(waitForOperation(client, id, fast)).rejects.toThrow(
        /^operationId must be a non-empty, well-formed string other than "\." and "\.\."; got /,
      );
      expect(target().requests).toEqual([]);
    },
  );

  it("regression: a lone-surrogate id is an InvalidArgumentError, not a raw URIError", async () => {
    const client = createDatasetOperationsClient(key(), { endpoint: target().url });
    const error = await waitForOperation(client, "op\ud800", fast).catch((e: unknown) => e);
    expect(isInvalidArgumentError(error)).toBe(true);
    expect(target().requests).toEqual([]);
  });

  it("a Data Registry id that is not a GUID is refused on a direct call too", async () => {
    const client = createDataRegistryOperationsClient(key(), { endpoint: target().url });
    await expect(
      client.path("/dataRegistries/operations/{operationId}", "not-a-guid").get(),
    ).rejects.toThrow(/^operationId must be a GUID/);
    expect(target().requests).toEqual([]);
  });

  it("core's path() does not encode { allowReserved: true }; waitForOperation takes strings only", async () => {
    const client = createDatasetOperationsClient(key(), { endpoint: target().url });
    const hostile = { value: "../../x", allowReserved: true };
    const error = await waitForOperation(client, hostile as unknown as string, fast).catch(
      (e: unknown) => e,
    );
    expect(isInvalidArgumentError(error)).toBe(true);
    expect((error as Error).message).toBe(
      `operationId must be a non-empty, well-formed string other than "." and ".."; got an object.`,
    );
    expect(target().requests).toEqual([]);
  });

  it.each([[""], ["../x"], [`${DR_ID}/..`], [`${DR_ID}?x`], [`${DR_ID}\n`], ["not-a-guid"]])(
    "Data Registry operationId %p is refused before any request",
    async (id) => {
      target().script([registry("Completed")]);
      const client = createDataRegistryOperationsClient(key(), { endpoint: target().url });
      await expect(waitForOperation(client, id, fast)).rejects.toThrow(
        /^operationId must be a GUID such as 0522b4fe-0539-4c6c-ba70-e35ec865d8e2; got /,
      );
      expect(target().requests).toEqual([]);
    },
  );
});
