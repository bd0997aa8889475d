import { logicalResponseName, routeKey } from "../naming.js";
import type { ClientModel, GeneratedFile, Operation } from "../model/types.js";
import { withHeader } from "./header.js";
import { responseTypes, successStatuses } from "./responseSets.js";
import { importLine } from "./typeText.js";

// The matcher @autorest/typescript 6.x emits: exact key first, then the longest templated path
// whose literal segments match from the end (so a base URL with a path prefix still matches).
const MATCHER = `function getParametrizedPathSuccess(method: string, path: string): string[] {
  const pathParts = path.split("/");

  // Traverse list to match the longest candidate
  // matchedLen: the length of candidate path
  // matchedValue: the matched status code array
  let matchedLen = -1,
    matchedValue: string[] = [];

  // Iterate the responseMap to find a match
  for (const [key, value] of Object.entries(responseMap)) {
    // Extracting the path from the map key which is in format
    // GET /path/foo
    if (!key.startsWith(method)) {
      continue;
    }
    const candidatePath = getPathFromMapKey(key);
    // Get each part of the url path
    const candidateParts = candidatePath.split("/");

    // track if we have found a match to return the values found.
    let found = true;
    for (let i = candidateParts.length - 1, j = pathParts.length - 1; i >= 1 && j >= 1; i--, j--) {
      if (candidateParts[i]?.startsWith("{") && candidateParts[i]?.indexOf("}") !== -1) {
        const start = candidateParts[i]!.indexOf("}") + 1,
          end = candidateParts[i]?.length;
        // If the current part of the candidate is a "template" part
        // Try to use the suffix of pattern to match the path
        // {guid} ==> $
        // {guid}:export ==> :export$
        const isMatched = new RegExp(\`\${candidateParts[i]?.slice(start, end)}\`).test(pathParts[j] || "");

        if (!isMatched) {
          found = false;
          break;
        }
        continue;
      }

      // If the candidate part is not a template and
      // the parts don't match mark the candidate as not found
      // to move on with the next candidate path.
      if (candidateParts[i] !== pathParts[j]) {
        found = false;
        break;
      }
    }

    // We finished evaluating the current candidate parts
    // Update the matched value if and only if we found the longer pattern
    if (found && candidatePath.length > matchedLen) {
      matchedLen = candidatePath.length;
      matchedValue = value;
    }
  }

  return matchedValue;
}

function getPathFromMapKey(mapKey: string): string {
  const pathStart = mapKey.indexOf("/");
  return mapKey.slice(pathStart);
}
`;

/**
 * Expected statuses by route. Operations that share a route (x-ms-paths) share an entry. A
 * long-running operation also answers its poll requests: they are GETs that carry the
 * operation's URL in x-ms-original-url, and end with a 200.
 */
function responseMap(operations: Operation[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (key: string, statuses: string[]): void => {
    map.set(key, [...new Set([...(map.get(key) ?? []), ...statuses])]);
  };
  for (const op of operations) add(routeKey(op), successStatuses(op));
  for (const op of operations.filter((o) => o.longRunning && o.method !== "get")) {
    add(`GET ${op.path}`, [...successStatuses(op), "200"]);
  }
  return map;
}

/** Response types an operation's isUnexpected overload accepts, the poller's result included. */
function acceptedTypes(op: Operation): string[] {
  const all = responseTypes(op).all;
  return op.longRunning ? [...all, logicalResponseName(op)] : all;
}

/** `isUnexpected.ts`: a type guard per operation that narrows to its error responses. */
export function buildIsUnexpected(model: ClientModel): GeneratedFile {
  const sets = model.operations.map((op) => ({
    all: acceptedTypes(op),
    errors: responseTypes(op).errors,
  }));
  const map = [...responseMap(model.operations)]
    .map(
      ([key, statuses]) =>
        `${JSON.stringify(key)}: [${statuses.map((s) => JSON.stringify(s)).join(", ")}],\n`,
    )
    .join("");
  const overloads = sets
    .map(
      (s) =>
        `export function isUnexpected(response: ${s.all.join(" | ")}): response is ${s.errors.length ? s.errors.join(" | ") : "never"};\n`,
    )
    .join("");
  const allTypes = [...new Set(sets.flatMap((s) => s.all))];
  const errorTypes = [...new Set(sets.flatMap((s) => s.errors))];
  const impl = `export function isUnexpected(response: ${allTypes.join(" | ")}): response is ${errorTypes.length ? errorTypes.join(" | ") : "never"} {
  const lroOriginal = response.headers["x-ms-original-url"];
  const url = new URL(lroOriginal ?? response.request.url);
  const method = response.request.method;
  let pathDetails = responseMap[\`\${method} \${url.pathname}\`];
  if (!pathDetails) {
    pathDetails = getParametrizedPathSuccess(method, url.pathname);
  }
  return !pathDetails.includes(response.status);
}
`;
  const imports = importLine(allTypes, "./responses.js");
  return {
    path: "isUnexpected.ts",
    content: withHeader(
      `${imports}\nconst responseMap: Record<string, string[]> = {\n${map}};\n\n${overloads}${impl}\n${MATCHER}`,
    ),
  };
}
