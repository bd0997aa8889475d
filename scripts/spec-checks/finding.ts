/** One problem a spec check found: plain data, rendered by reporters, never thrown. */
export interface SpecFinding {
  /** Which check produced it. */
  check: SpecCheckName;
  /** Path of the spec or example file, relative to the working directory. */
  file: string;
  /** JSON pointer into `file` ("" for the whole document). */
  pointer: string;
  /** Stable code: the rule name or the tool's own error code. */
  code: string;
  message: string;
}

export type SpecCheckName =
  "swagger-2.0" | "autorest-extensions" | "spectral-oas2" | "oav-examples";

export interface SpecCheck {
  name: SpecCheckName;
  /** What the check proves, for the console summary. */
  describes: string;
  run(specFile: string): Promise<SpecFinding[]>;
}
