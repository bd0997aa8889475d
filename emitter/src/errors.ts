/** Base class for failures the emitter reports; `code` is stable, the message names the spec. */
export class EmitterError extends Error {
  readonly code: string;
  readonly pointer?: string;

  constructor(code: string, message: string, pointer?: string) {
    super(message);
    this.name = "EmitterError";
    this.code = code;
    this.pointer = pointer;
  }
}

/** A construct in the spec the emitter does not know how to turn into an RLC. */
export class UnsupportedConstructError extends EmitterError {
  constructor(construct: string, pointer: string) {
    super("UNSUPPORTED_CONSTRUCT", `unsupported construct ${construct} at ${pointer}`, pointer);
    this.name = "UnsupportedConstructError";
  }
}

/** A required configuration value is missing from autorest.md. */
export class MissingConfigError extends EmitterError {
  constructor(key: string) {
    super("MISSING_CONFIG", `autorest.md does not set "${key}" for this section`);
    this.name = "MissingConfigError";
  }
}

/** The spec has no operations: there would be nothing to route. */
export class NoOperationsError extends EmitterError {
  constructor() {
    super("NO_OPERATIONS", "the spec declares no operations (#/paths is empty)", "#/paths");
    this.name = "NoOperationsError";
  }
}

/** Two generated declarations share a name, which `export *` in index.ts would drop. */
export class NameCollisionError extends EmitterError {
  constructor(name: string, files: [string, string]) {
    super(
      "NAME_COLLISION",
      `generated name ${name} is declared in both ${files[0]} and ${files[1]}`,
    );
    this.name = "NameCollisionError";
  }
}
