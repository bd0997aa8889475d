// test/maps-contract.test.js: every response our Data Registry client receives is checked against
// the Azure Maps specs, and a violation fails the test. Set MAPS_EMULATOR_URL to use an emulator
// the pipeline started (npx maps-operations-emulator); without it, the test starts its own.
const { AzureKeyCredential } = require("@azure/core-auth");
const { createDataRegistryOperationsClient, waitForOperation } = require("maps-operations-rest");
const {
  createMemorySink,
  createValidationPolicy,
  createValidator,
} = require("maps-operations-conformance");
const { startEmulator, WELL_KNOWN_CREDENTIALS } = require("maps-operations-emulator");

let emulator;
let endpoint = process.env.MAPS_EMULATOR_URL;

beforeAll(async () => {
  if (endpoint === undefined) {
    emulator = await startEmulator({ port: 0 });
    endpoint = emulator.url;
  }
});
afterAll(() => emulator?.close());

test("polling a Data Registry upload to completion stays within the contract", async () => {
  const sink = createMemorySink();
  const client = createDataRegistryOperationsClient(
    new AzureKeyCredential(WELL_KNOWN_CREDENTIALS.subscriptionKey),
    {
      endpoint,
      additionalPolicies: [
        { policy: createValidationPolicy(createValidator(), { sink }), position: "perRetry" },
      ],
    },
  );
  // A scripted upload: Running for two polls, then Completed.
  const created = await fetch(`${endpoint}/_emulator/operations`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      api: "dataRegistry",
      retryAfter: 0,
      steps: [{ status: "Running", polls: 2 }],
    }),
  });
  const { id } = await created.json();

  const result = await waitForOperation(client, id, { minIntervalInMs: 1 });

  expect(result.status).toBe("Completed");
  expect(sink.exchanges.length).toBeGreaterThanOrEqual(3);
  expect(sink.violations()).toEqual([]);
});
