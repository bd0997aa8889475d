/**
 * redirect-exit2: a 3xx with `Location: /steal/x` on the same host was followed by core's redirect
 * policy; the request guard then refused the redirected request as a bad argument
 * (`InvalidArgumentError`, which the CLI reports as "bad usage, nothing was sent", exit 2). A
 * status GET follows no redirect: a 3xx is an unexpected status, like any other undeclared one.
 */
import { AzureKeyCredential } from "@azure/core-auth";
import { isRestError, type RestError } from "@azure/core-rest-pipeline";
import {
  createDataRegistryOperationsClient,
  getOperationStatus,
  isInvalidArgumentError,
  waitForOperation,
} from "../../../src/index.js";
import { fast } from "../helpers/answers.js";
import { DR_ID, KEY } from "../helpers/credentials.js";
import { useServer } from "../helpers/server.js";

const server = useServer();
const client = () =>
  createDataRegistryOperationsClient(new AzureKeyCredential(KEY), { endpoint: server().url });
const ROUTE = `/dataRegistries/operations/${DR_ID}?api-version=2023-06-01`;

describe.each([[301], [302], [307]])("a %i to another path of the same host", (status) => {
  beforeEach(() => server().script([{ status, headers: { location: "/steal/x?k=1" } }]));

  it("is not followed by getOperationStatus: a service error with the status", async () => {
    const error = await getOperationStatus(client(), DR_ID).catch((e: unknown) => e);
    expect(isInvalidArgumentError(error)).toBe(false);
    expect(isRestError(error)).toBe(true);
    expect((error as RestError).statusCode).toBe(status);
    expect((error as RestError).code).toBe("UnexpectedStatus");
    expect((error as Error).message).toBe(
      `Data Registry Get Operation for "${DR_ID}" failed at GET ${server().url}${ROUTE}:` +
        ` HTTP ${status} UnexpectedStatus`,
    );
    expect(server().requests.map((r) => r.target)).toEqual([ROUTE]);
  });

  it("is handed back as is to a direct call", async () => {
    const response = await client().path("/dataRegistries/operations/{operationId}", DR_ID).get();
    expect(response.status).toBe(String(status));
    expect(server().requests.map((r) => r.target)).toEqual([ROUTE]);
  });

  it("ends a wait at once with that error (not retried, not followed)", async () => {
    const error = await waitForOperation(client(), DR_ID, fast).catch((e: unknown) => e);
    expect((error as RestError).statusCode).toBe(status);
    expect(server().requests.map((r) => r.target)).toEqual([ROUTE]);
  });
});
