import type { IncomingMessage } from "node:http";
import { CrossSiteRequestError, UnsupportedMediaTypeError } from "../errors/control-errors.js";
import { isLoopbackHostname } from "../http/authority.js";

/** `Sec-Fetch-Site` values of a request the user made: typed in, or from the emulator's origin. */
const OWN_SITES = new Set(["same-origin", "none"]);

/**
 * The control API has no credential, so any web page the developer visits could otherwise reset
 * or fault the emulator. Browsers mark what pages send: `Origin` (every cross-origin request, and
 * every POST) and `Sec-Fetch-Site`. Requests from anything but this emulator's own origin are
 * refused; tools (curl, fetch in Node, the SDKs) send neither header. A body must be labelled
 * JSON: a page can only send `text/plain` or a form without a CORS preflight, which never passes.
 * Throws before the body is read.
 */
export function refuseCrossSite(request: IncomingMessage, protocol: string, port: number): void {
  const origin = request.headers.origin;
  if (origin !== undefined && !isOwnOrigin(origin, protocol, port)) {
    throw drained(
      request,
      new CrossSiteRequestError(
        `The control API only takes requests from this emulator's own origin (${protocol}//127.0.0.1:${port}, or localhost, [::1]); Origin is ${JSON.stringify(origin.slice(0, 255))}.`,
      ),
    );
  }
  const site = request.headers["sec-fetch-site"];
  if (site !== undefined && !OWN_SITES.has(site)) {
    throw drained(
      request,
      new CrossSiteRequestError(
        `The control API does not take requests from other sites; Sec-Fetch-Site is ${JSON.stringify(site.slice(0, 64))}.`,
      ),
    );
  }
  const hasBody =
    request.headers["transfer-encoding"] !== undefined ||
    Number(request.headers["content-length"] ?? 0) > 0;
  if (["POST", "PUT", "PATCH"].includes(request.method ?? "") && hasBody) {
    const type = request.headers["content-type"];
    const mediaType = type?.split(";")[0]?.trim().toLowerCase();
    if (mediaType !== "application/json") {
      throw drained(
        request,
        new UnsupportedMediaTypeError(
          `A control request body must be sent with Content-Type: application/json; got ${type === undefined ? "none" : JSON.stringify(type.slice(0, 128))}.`,
        ),
      );
    }
  }
}

function isOwnOrigin(origin: string, protocol: string, port: number): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file: pages) included
  }
  const defaultPort = url.protocol === "https:" ? 443 : 80;
  return (
    url.protocol === protocol &&
    isLoopbackHostname(url.hostname) &&
    Number(url.port === "" ? defaultPort : url.port) === port
  );
}

/** The refused body is discarded rather than buffered, so the connection can be reused. */
function drained(request: IncomingMessage, error: Error): Error {
  request.resume();
  return error;
}
