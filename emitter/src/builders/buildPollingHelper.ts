import { logicalResponseName, routeKey, routePattern } from "../naming.js";
import type { ClientModel, GeneratedFile, LongRunning, Operation } from "../model/types.js";
import { withHeader } from "./header.js";
import { responseTypes } from "./responseSets.js";
import { importLine } from "./typeText.js";

/**
 * core-lro 2.x knows three final-state rules. `operation-location` means the final state is the
 * status monitor itself, which is what core-lro does when told `azure-async-operation`.
 */
function coreLroConfig(via: NonNullable<LongRunning["finalStateVia"]>): string {
  return via === "operation-location" ? "azure-async-operation" : via;
}

function overload(op: Operation): string {
  const { all, errors } = responseTypes(op);
  const results = [logicalResponseName(op), ...errors].join(" | ");
  return `export async function getLongRunningPoller<TResult extends ${results}>(
  client: Client,
  initialResponse: ${all.join(" | ")},
  options?: CreateHttpPollerOptions<TResult, OperationState<TResult>>,
): Promise<SimplePollerLike<OperationState<TResult>, TResult>>;
`;
}

/** A table from route to final-state rule, and its lookup; empty when no spec sets one. */
function finalStateTable(ops: Operation[]): { table: string; use: string } {
  const rows = ops.filter((op) => op.longRunning?.finalStateVia);
  if (!rows.length) return { table: "", use: "" };
  const entries = rows
    .map(
      (op) =>
        `  // ${routeKey(op)}\n  [${JSON.stringify(op.method.toUpperCase())}, ${routePattern(op.path)}, ${JSON.stringify(coreLroConfig(op.longRunning!.finalStateVia!))}],\n`,
    )
    .join("");
  const table = `
/** Where each long-running operation's result is, from its \`final-state-via\`. */
const finalStateVia: Array<[string, RegExp, LroResourceLocationConfig]> = [
${entries}];

function resourceLocationConfigOf(request: {
  method: string;
  url: string;
}): LroResourceLocationConfig | undefined {
  const path = new URL(request.url).pathname;
  return finalStateVia.find(([method, route]) => method === request.method && route.test(path))?.[2];
}
`;
  const use = `
    resourceLocationConfig:
      options.resourceLocationConfig ?? resourceLocationConfigOf(initialResponse.request),`;
  return { table, use };
}

/** `pollingHelper.ts`: `getLongRunningPoller` over @azure/core-lro 2.x, when an operation is an LRO. */
export function buildPollingHelper(model: ClientModel): GeneratedFile | undefined {
  const ops = model.operations.filter((op) => op.longRunning);
  if (!ops.length) return undefined;
  const types = ops.flatMap((op) => [logicalResponseName(op), ...responseTypes(op).all]);
  const { table, use } = finalStateTable(ops);
  const lroTypes = [
    "CreateHttpPollerOptions",
    "LongRunningOperation",
    "LroResponse",
    "OperationState",
    "SimplePollerLike",
    ...(table ? ["LroResourceLocationConfig"] : []),
  ];
  const content = `import type { Client, HttpResponse } from "@azure-rest/core-client";
import { createHttpPoller, type ${lroTypes.join(", type ")} } from "@azure/core-lro";
${importLine(types, "./responses.js")}
/**
 * Helper function that builds a Poller object to help polling a long running operation.
 * @param client - Client to use for sending the request to get additional pages.
 * @param initialResponse - The initial response.
 * @param options - Options to set a resume state or custom polling interval.
 * @returns - A poller object to poll for operation state updates and eventually get the final response.
 */
${ops.map(overload).join("")}export async function getLongRunningPoller<TResult extends HttpResponse>(
  client: Client,
  initialResponse: TResult,
  options: CreateHttpPollerOptions<TResult, OperationState<TResult>> = {},
): Promise<SimplePollerLike<OperationState<TResult>, TResult>> {
  const poller: LongRunningOperation<TResult> = {
    requestMethod: initialResponse.request.method,
    requestPath: initialResponse.request.url,
    // The caller already sent the initial request; the poller starts from its response.
    sendInitialRequest: async () => getLroResponse(initialResponse),
    sendPollRequest: async (path, pollOptions) => {
      // The service names the URL to poll (Operation-Location, Azure-AsyncOperation or
      // Location); it is absolute, so it is sent as is.
      const response = await client
        .pathUnchecked(path ?? initialResponse.request.url)
        .get({ abortSignal: pollOptions?.abortSignal });
      const lroResponse = getLroResponse(response as TResult);
      // isUnexpected() then judges a poll response by the operation that started it.
      lroResponse.rawResponse.headers["x-ms-original-url"] = initialResponse.request.url;
      return lroResponse;
    },
  };
  return createHttpPoller(poller, {
    ...options,
    // A failed or canceled operation resolves with its last response rather than throwing.
    resolveOnUnsuccessful: options.resolveOnUnsuccessful ?? true,${use}
  });
}
${table}
/** A REST-level response in the shape core-lro reads. */
function getLroResponse<TResult extends HttpResponse>(response: TResult): LroResponse<TResult> {
  const statusCode = Number.parseInt(response.status, 10);
  if (Number.isNaN(statusCode)) {
    throw new TypeError(\`Status code of the response is not a number. Value: \${response.status}\`);
  }
  return {
    flatResponse: response,
    rawResponse: { ...response, statusCode, body: response.body },
  };
}
`;
  return { path: "pollingHelper.ts", content: withHeader(content) };
}
