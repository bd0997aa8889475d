import type { IncomingMessage } from "node:http";
import { MisdirectedRequestError } from "../errors/api-errors.js";
import { EmulatorError } from "../errors/emulator-error.js";

/**
 * Names that mean this machine without asking DNS. A web page can point a name of its own at
 * 127.0.0.1 (DNS rebinding), but its requests then carry that name in Host, so they are refused.
 * Ports are not compared: a tunnel or port forward changes the port, never the name.
 */
const LOOPBACK_HOSTNAMES: ReadonlySet<string> = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** `host[:port]`, host a reg-name, an IPv4 address or a bracketed IPv6 address (RFC 9110 §7.2). */
const HOST_FIELD = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~!$&'()*+,;=%-]+)(?::\d{0,5})?$/;

/** Whether `hostname` (as URL parses it: lower case, IPv4 normalised, IPv6 bracketed) is loopback. */
export function isLoopbackHostname(hostname: string): boolean {
  return LOOPBACK_HOSTNAMES.has(hostname);
}

/**
 * Refuses a request addressed to another host, as the service's front end does: an absolute-form
 * target (`GET http://other.host/...`) names the host and takes precedence over Host (RFC 9112
 * §3.2.2); otherwise the Host header does. A request without either (HTTP/1.0) reached this
 * socket directly and is served.
 */
export function checkAuthority(request: IncomingMessage, protocol: string): void {
  const target = request.url ?? "/";
  if (!target.startsWith("/") && target !== "*") {
    let url: URL | undefined;
    try {
      url = new URL(target);
    } catch {
      url = undefined;
    }
    if (url === undefined || url.protocol !== protocol || !isLoopbackHostname(url.hostname)) {
      throw new MisdirectedRequestError(
        `This emulator serves ${protocol}//127.0.0.1 (or localhost, [::1]); the request is for ${url?.origin ?? "another host"}.`,
      );
    }
    return;
  }
  const host = request.headers.host;
  if (host === undefined || acceptedHosts.has(host)) return;
  const hostname = hostnameOf(host);
  if (!isLoopbackHostname(hostname)) {
    throw new MisdirectedRequestError(
      `This emulator answers for 127.0.0.1, localhost and [::1]; the Host header names ${JSON.stringify(hostname.slice(0, 255))}.`,
    );
  }
  if (acceptedHosts.size < MAX_ACCEPTED_HOSTS) acceptedHosts.add(host);
}

/**
 * Host fields already found to name this machine, so that the next request with the same field
 * (a client sends the same on every request) skips parsing it. Whether a field is accepted
 * depends on nothing but its text; a few distinct ones are remembered, never a refused one.
 */
const acceptedHosts = new Set<string>();
const MAX_ACCEPTED_HOSTS = 32;

function hostnameOf(host: string): string {
  if (HOST_FIELD.test(host)) {
    try {
      return new URL(`http://${host}`).hostname;
    } catch {
      // fall through: a well-formed field URL still refuses, e.g. an IPv6 address out of range
    }
  }
  throw new EmulatorError("InvalidHost", 400, "The Host header is not a valid host[:port].");
}
