// Run inside an empty project where maps-operations-rest is installed from its tarball: the
// issue's three checks on the installed package, against real local servers. Prints a JSON
// summary for test/packaging/hostile-server.test.ts.
"use strict";
const http = require("node:http");
const { inspect } = require("node:util");
const { AzureKeyCredential } = require("@azure/core-auth");
const { AzureLogger, setLogLevel } = require("@azure/logger");
const lib = require("maps-operations-rest");

const KEY = "installed-hostile-key-0123456789";
const DR_ID = "0522b4fe-0539-4c6c-ba70-e35ec865d8e2";
const logs = [];
setLogLevel("verbose");
AzureLogger.log = (...args) =>
  logs.push(args.map((a) => (typeof a === "string" ? a : inspect(a))).join(" "));

async function serve(handler) {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    handler(req, res, requests.length);
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => server.close(),
  };
}
const json = (res, status, body, headers = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};
const client = (url) =>
  lib.createDataRegistryOperationsClient(new AzureKeyCredential(KEY), { endpoint: url });

async function pollStorm() {
  const server = await serve((_req, res) =>
    json(res, 200, { id: DR_ID, status: "Running" }, { "retry-after": "1000000000" }),
  );
  const poller = lib.createOperationPoller(client(server.url), DR_ID, {
    maxWaitInMs: Infinity,
    minIntervalInMs: 1,
  });
  const done = poller.pollUntilDone().catch((e) => e);
  await new Promise((r) => setTimeout(r, 3000));
  const requests = server.requests.length;
  poller.stopPolling();
  const stopped = await done;
  server.close();
  return { requests, stoppedWith: stopped && stopped.name };
}

async function echoes() {
  // Status field, x-ms-error-code, error body: every answer echoes the key.
  const server = await serve((_req, res, n) => {
    if (n === 1)
      return json(res, 200, { id: DR_ID, status: `Running ${KEY}` }, { "retry-after": "0" });
    return json(
      res,
      401,
      { error: { code: `Code${KEY}`, message: `key ${KEY} refused` } },
      { "x-ms-error-code": `Bad${KEY}` },
    );
  });
  const progress = [];
  const error = await lib
    .waitForOperation(client(server.url), DR_ID, {
      minIntervalInMs: 1,
      onProgress: (p) => progress.push(JSON.stringify(p)),
    })
    .catch((e) => e);
  const timeoutServer = await serve((_req, res) =>
    json(res, 200, { id: DR_ID, status: `Running ${KEY}` }, { "retry-after": "0" }),
  );
  const timeout = await lib
    .waitForOperation(client(timeoutServer.url), DR_ID, { minIntervalInMs: 1, maxWaitInMs: 200 })
    .catch((e) => e);
  server.close();
  timeoutServer.close();
  const forms = (e) => [
    e.message,
    String(e),
    e.stack,
    JSON.stringify(e),
    inspect(e, { depth: 10 }),
    e.resumeState ?? "",
  ];
  const everything = [...forms(error), ...forms(timeout), ...progress, ...logs].join("\n");
  return {
    errorName: error && error.name,
    errorCode: error && error.code,
    timeoutCode: timeout && timeout.code,
    progressEvents: progress.length,
    logLines: logs.length,
    keyFound: everything.includes(KEY),
  };
}

async function completes() {
  const server = await serve((_req, res, n) =>
    json(
      res,
      200,
      { id: DR_ID, status: n === 1 ? "Running" : "Completed" },
      { "retry-after": "0" },
    ),
  );
  const poller = lib.createOperationPoller(client(server.url), DR_ID, { minIntervalInMs: 1 });
  const result = await poller.pollUntilDone();
  server.close();
  return {
    isDone: poller.isDone(),
    status: poller.getOperationState().status,
    result: result.status,
    polls: result.polls,
  };
}

(async () => {
  console.log(
    JSON.stringify({
      pollStorm: await pollStorm(),
      echoes: await echoes(),
      completes: await completes(),
    }),
  );
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
