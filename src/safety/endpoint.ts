import { InvalidArgumentError } from "../errors/invalid-argument-error.js";
import { redactUrl } from "../errors/redact.js";
import { describe } from "./describe.js";

const EXPECTED =
  "an absolute https URL with no user info, query or fragment (http only for 127.0.0.0/8 or localhost)";

/**
 * core's Node HTTP client hands the URL's bracketed hostname (`[::1]`) to DNS, which fails with
 * ENOTFOUND after the call was made: an IPv6 literal is refused up front instead.
 */
const NO_IPV6 =
  "a URL whose host is a name or an IPv4 address, not an IPv6 literal (which the HTTP client cannot reach); for a local server use http://127.0.0.1:<port>";

export interface CheckedEndpoint {
  /** The endpoint without a trailing slash, e.g. `https://us.atlas.microsoft.com`. */
  readonly url: string;
  readonly origin: string;
  /** Plain http to a loopback host (a local emulator). */
  readonly insecureLoopback: boolean;
}

export function checkEndpoint(value: unknown, argument = "options.endpoint"): CheckedEndpoint {
  // A refused URL may carry a key in its query or user info: its description never shows them.
  const refuse = (): never => {
    throw new InvalidArgumentError(
      argument,
      EXPECTED,
      typeof value === "string" ? describeUrl(value) : describe(value),
    );
  };
  if (typeof value !== "string") return refuse();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return refuse();
  }
  // `https://evil@host` and a key in the query would travel with every request; refuse them.
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") {
    return refuse();
  }
  if (value.includes("?") || value.includes("#")) return refuse();
  if (url.hostname.startsWith("[")) {
    throw new InvalidArgumentError(argument, NO_IPV6, describe(url.origin));
  }
  const insecureLoopback = url.protocol === "http:" && isLoopback(url.hostname);
  if (url.protocol !== "https:" && !insecureLoopback) return refuse();
  return {
    url: url.toString().replace(/\/+$/, ""),
    origin: url.origin,
    insecureLoopback,
  };
}

/** `hostname` as the WHATWG URL parser normalises it (`127.1` → `127.0.0.1`). */
export function isLoopback(hostname: string): boolean {
  if (hostname === "localhost") return true;
  const octets = hostname.split(".");
  return (
    octets.length === 4 &&
    octets[0] === "127" &&
    octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255)
  );
}

/** A refused URL for a message: redacted when it parses, shown only when it cannot hold a key. */
function describeUrl(value: string): string {
  if (URL.canParse(value)) return describe(redactUrl(value));
  return /[?#@=&]/.test(value) ? "a string that is not an absolute URL" : describe(value);
}
