/**
 * Public data types of the response validator. Every failure is one of these plain records:
 * collected and returned, never thrown (STYLE.md, "Conformance results are data records").
 */
import type { ViolationCode } from "./codes.js";

/** Which part of the response a violation is about. */
export type ViolationLocation = "body" | "header" | "status" | "content-type";

export interface Violation {
  /** operationId from the spec, e.g. `Dataset_GetOperation`. */
  readonly operation: string;
  /** The HTTP status code of the response that was checked. */
  readonly status: number;
  readonly location: ViolationLocation;
  /**
   * RFC 6901 JSON pointer: into the body for `body` (for a missing property it points at the
   * property itself, not at its parent), `/<Header-Name>` as declared in the spec for `header`,
   * `""` for `status` and `content-type`.
   */
  readonly pointer: string;
  /** The schema keyword (or validator limit) that failed, e.g. `type`, `required`, `maxDepth`. */
  readonly keyword: string;
  readonly message: string;
  /** Stable code; oav's name where oav has one. See `codes.ts`. */
  readonly code: ViolationCode;
}

export interface ValidationResult {
  readonly ok: boolean;
  readonly violations: readonly Violation[];
}

/** Header values as they arrive from Node (`IncomingHttpHeaders`), fetch (`Headers`) or a sample. */
export type HeadersInput =
  | Readonly<Record<string, string | number | readonly string[] | undefined>>
  | Iterable<readonly [string, string]>;

export interface ResponseInput {
  readonly operationId: string;
  readonly status: number;
  readonly headers?: HeadersInput;
  /**
   * A `string`, `Buffer` or `Uint8Array` is the raw body as received and is parsed here, so that
   * empty, truncated or non-JSON bodies become violations. Anything else (including `undefined`,
   * meaning "no body") is taken as an already parsed JSON value.
   */
  readonly body?: unknown;
}
