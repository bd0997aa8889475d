/**
 * Spec files as read from disk, and `$ref`s between them. Each file is read once; a reference
 * names a file relative to the one it is in (`../common/types.json#/definitions/Error`), the same
 * file (`#/definitions/Error`) or a whole file (`./error.json`).
 */
import { existsSync, readFileSync } from "node:fs";
import * as yaml from "js-yaml";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { getByPointer } from "./pointer.js";
import type { WarningLog } from "./warnings.js";

export interface SpecFile {
  /** Absolute path. */
  readonly path: string;
  /** `file://` URL of the file. */
  readonly uri: string;
  /**
   * For human-readable keys (`dataset.json#/definitions/LroStatus`): the file name, unique among
   * the files read. A file whose name an earlier one already has gets as many parent folders as
   * tell it apart (`2023-06-01/common.json` beside `common.json`): Azure specs reach several
   * `common.json` and `types.json` files, and coverage must not add their counts together.
   */
  readonly name: string;
  readonly doc: unknown;
}

/** A `$ref` followed to what it names. */
export interface RefTarget {
  readonly file: SpecFile;
  readonly pointer: string;
  readonly value: unknown;
}

/**
 * JSON text → value. A UTF-8 byte order mark is dropped first: many published specs start with
 * one (editors on Windows write it) and `JSON.parse` rejects it; RFC 8259 §8.1 lets a parser
 * ignore it.
 */
export function parseJsonText(text: string): unknown {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/**
 * YAML's JSON schema, so that `version: 2020-01-01` stays text rather than becoming a `Date`, with
 * merge keys (`<<: *common`), which specs use to share a response or a schema's parts.
 */
const YAML_SCHEMA = yaml.JSON_SCHEMA.extend({
  // js-yaml exports its types, the typings do not.
  implicit: [(yaml as unknown as { types: { merge: yaml.Type } }).types.merge],
});

/**
 * A spec, a referenced file or an example, by its extension: `.yaml`/`.yml` as YAML (many
 * published Swagger 2.0 files are YAML), anything else as JSON.
 */
export function readSpecFile(file: string): unknown {
  const text = readFileSync(file, "utf8");
  return /\.ya?ml$/i.test(file)
    ? yaml.load(text, { schema: YAML_SCHEMA, filename: file })
    : parseJsonText(text);
}

export class SpecFiles {
  /** By absolute path; `null` when the file could not be read (warned once). */
  private readonly files = new Map<string, SpecFile | null>();
  /** The `name` of every file read. */
  private readonly names = new Set<string>();

  constructor(private readonly warnings: WarningLog) {}

  /** A file given by the caller: reading errors are thrown, the caller named a bad file. */
  entry(file: string): SpecFile {
    const absolute = path.resolve(file);
    const known = this.files.get(absolute);
    if (known) return known;
    const loaded = this.makeFile(absolute, readSpecFile(absolute));
    this.files.set(absolute, loaded);
    return loaded;
  }

  /** Every file read so far, entries and referenced ones. */
  all(): SpecFile[] {
    return [...this.files.values()].filter((f): f is SpecFile => f !== null);
  }

  /**
   * What `ref` (found at `at` in `from`) names, or `undefined` after a warning. Remote URLs are
   * not fetched: a contract check must not depend on the network. `quiet`: only among the files
   * already read, and without warnings (for scans of definitions nobody may use).
   */
  resolve(from: SpecFile, ref: string, at: string, quiet = false): RefTarget | undefined {
    const hash = ref.indexOf("#");
    const location = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? "" : ref.slice(hash + 1);
    // `$ref: Profile`, a bare definition name (Swagger 1.2's habit, still in OAI's uber example),
    // is a path by the rules; read as the definition when there is one and no such file.
    const bare = this.bareDefinition(from, ref, at, quiet);
    if (bare) return bare;
    const file =
      location === ""
        ? from
        : quiet
          ? (this.files.get(this.absolute(from, location) ?? "") ?? undefined)
          : this.referenced(from, location, at);
    if (!file) return undefined;
    let pointer: string;
    try {
      pointer = decodeURIComponent(fragment);
    } catch {
      pointer = fragment;
    }
    if (pointer !== "" && !pointer.startsWith("/")) {
      if (!quiet) this.unresolvable(from, at, ref, "its fragment is not a JSON pointer");
      return undefined;
    }
    const value = getByPointer(file.doc, pointer);
    if (value === undefined) {
      if (!quiet)
        this.unresolvable(from, at, ref, `${file.name} has nothing at ${pointer || "its root"}`);
      return undefined;
    }
    return { file, pointer, value };
  }

  private bareDefinition(
    from: SpecFile,
    ref: string,
    at: string,
    quiet: boolean,
  ): RefTarget | undefined {
    if (!/^[A-Za-z_][\w.-]*$/.test(ref) || /\.(json|ya?ml)$/i.test(ref)) return undefined;
    const pointer = `/definitions/${ref.replace(/~/g, "~0")}`;
    const value = getByPointer(from.doc, pointer);
    if (value === undefined || existsSync(path.resolve(path.dirname(from.path), ref))) {
      return undefined;
    }
    if (!quiet) {
      const message = `$ref ${ref} names no file; read as #${pointer}, the definition of that name`;
      this.warnings.add("UNRESOLVABLE_REF", from.path, at, message);
    }
    return { file: from, pointer, value };
  }

  /** Absolute path of a referenced file, `undefined` for a remote URL. */
  private absolute(from: SpecFile, location: string): string | undefined {
    if (/^[a-z][a-z0-9+.-]*:/i.test(location) && !/^[a-z]:[\\/]/i.test(location)) {
      return location.startsWith("file:") ? fileURLToPath(location) : undefined;
    }
    return path.resolve(path.dirname(from.path), safeDecodeUri(location));
  }

  private referenced(from: SpecFile, location: string, at: string): SpecFile | undefined {
    const absolute = this.absolute(from, location);
    if (absolute === undefined) {
      this.unresolvable(from, at, location, "remote references are not fetched");
      return undefined;
    }
    const known = this.files.get(absolute);
    if (known !== undefined) return known ?? undefined;
    try {
      const loaded = this.makeFile(absolute, readSpecFile(absolute));
      this.files.set(absolute, loaded);
      return loaded;
    } catch (error) {
      this.files.set(absolute, null);
      this.warnings.add(
        "UNREADABLE_FILE",
        from.path,
        at,
        `cannot read ${absolute}: ${(error as Error).message}`,
      );
      return undefined;
    }
  }

  private makeFile(absolute: string, doc: unknown): SpecFile {
    const name = uniqueName(absolute, this.names);
    this.names.add(name);
    return { path: absolute, uri: pathToFileURL(absolute).href, name, doc };
  }

  private unresolvable(from: SpecFile, at: string, ref: string, why: string): void {
    this.warnings.add(
      "UNRESOLVABLE_REF",
      from.path,
      at,
      `$ref ${ref} cannot be followed (${why}); anything is accepted there`,
    );
  }
}

/** The shortest tail of `absolute` (file name, then with parent folders) not in `taken`. */
function uniqueName(absolute: string, taken: ReadonlySet<string>): string {
  const parts = absolute.split(/[\\/]/).filter((p) => p !== "");
  for (let n = 1; n < parts.length; n++) {
    const name = parts.slice(-n).join("/");
    if (!taken.has(name)) return name;
  }
  return parts.join("/");
}

function safeDecodeUri(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
