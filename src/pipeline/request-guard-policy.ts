import type { PipelinePolicy } from "@azure/core-rest-pipeline";
import type { ApiDescriptor } from "../apis.js";
import { InvalidArgumentError } from "../errors/invalid-argument-error.js";
import { redactUrl } from "../errors/redact.js";
import { describe } from "../safety/describe.js";
import { checkOperationId } from "../safety/operation-id.js";

export const REQUEST_GUARD_POLICY_NAME = "mapsRequestGuardPolicy";

/**
 * The last policy before the wire, so nothing after it can change the request:
 * - a request for any origin but the configured one is refused, so a credential is never sent
 *   elsewhere (an absolute URL given to pathUnchecked, a policy that rewrites the URL);
 * - a request for any path but the API's route with a valid operation id is refused: ids are
 *   checked on every request, `client.path(route, "..").get()` included, whose URL the parser has
 *   already turned into `/datasets/`;
 * - on the way back, a response header that echoes a credential is redacted before core's log
 *   policy, the retry policy or the caller read it.
 */
export function requestGuardPolicy(
  api: ApiDescriptor,
  endpoint: { origin: string; url: string },
  secrets: () => readonly string[],
  redact: (text: string) => string,
): PipelinePolicy {
  const basePath = new URL(endpoint.url).pathname.replace(/\/+$/, "");
  const prefix = `${basePath}${api.path.slice(0, api.path.indexOf("{"))}`;
  return {
    name: REQUEST_GUARD_POLICY_NAME,
    async sendRequest(request, next) {
      let url: URL;
      try {
        url = new URL(request.url);
      } catch {
        throw new InvalidArgumentError("request URL", "an absolute URL", "an unparseable one");
      }
      if (url.origin !== endpoint.origin) {
        throw new InvalidArgumentError(
          "request URL",
          `a URL of ${endpoint.origin}, the only origin this client talks to`,
          describe(redactUrl(url.origin)),
        );
      }
      const segment = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : "";
      let id: string | undefined;
      try {
        id = segment === "" || segment.includes("/") ? undefined : decodeURIComponent(segment);
      } catch {
        id = undefined;
      }
      if (id === undefined) {
        throw new InvalidArgumentError(
          "request path",
          `${basePath}${api.path} (the ${api.title} Get Operation route)`,
          describe(url.pathname),
        );
      }
      checkOperationId(id, api.operationIdRule);
      const response = await next(request);
      const current = secrets();
      if (current.length > 0) {
        for (const [name, value] of response.headers) {
          const clean = redact(value);
          if (clean !== value) response.headers.set(name, clean);
        }
      }
      return response;
    },
  };
}
