/**
 * The small typed model the validator works from: operations and their responses, each pointing
 * back into its (unmodified) Swagger 2.0 document so that schema `$ref`s stay resolvable.
 */
import type { OpenAPIV2 } from "openapi-types";

export interface SpecDocument {
  /** Absolute path of the file. */
  readonly path: string;
  /** `file://` URL of the file; used as the ajv schema id, so `$ref`s resolve per file. */
  readonly uri: string;
  /** File name, for human-readable coverage keys (`dataset.json#/definitions/LroStatus`). */
  readonly name: string;
  readonly doc: OpenAPIV2.Document;
}

export interface HeaderModel {
  /** As declared in the spec, e.g. `Retry-After`. */
  readonly name: string;
  /** Lower-cased, for matching on the wire. */
  readonly lower: string;
  readonly schema: OpenAPIV2.HeaderObject;
}

export interface ResponseModel {
  /** Key in `responses`: `"200"` or `"default"`. */
  readonly key: string;
  /**
   * `default` marked `x-ms-error-response: true`. Such a default covers only 4xx/5xx statuses: an
   * undeclared 2xx is not "the error model" but an unexpected success (it is what the RLC's
   * `isUnexpected` reports too), so it is an `INVALID_RESPONSE_CODE`.
   */
  readonly errorOnly: boolean;
  /** Swagger schema of the body, absent when the response has no body. */
  readonly schema?: OpenAPIV2.Schema;
  /** JSON pointer of `schema` in the spec document. */
  readonly schemaPointer: string;
  readonly headers: readonly HeaderModel[];
}

export interface ExampleRef {
  readonly title: string;
  /** Absolute path of the x-ms-examples file. */
  readonly file: string;
}

export interface OperationModel {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly spec: SpecDocument;
  /** Operation `produces`, else the document's. Empty means "not declared": nothing to check. */
  readonly produces: readonly string[];
  readonly responses: ReadonlyMap<string, ResponseModel>;
  readonly examples: readonly ExampleRef[];
}

export interface SpecModel {
  readonly specs: readonly SpecDocument[];
  readonly operations: ReadonlyMap<string, OperationModel>;
}
