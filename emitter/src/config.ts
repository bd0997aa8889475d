import type { AutorestExtensionHost } from "@autorest/extension-base";
import { MissingConfigError } from "./errors.js";
import type { ClientSettings } from "./model/fromCodeModel.js";

async function required(host: AutorestExtensionHost, key: string): Promise<string> {
  const value = await host.getValue<string>(key);
  if (value === undefined || value === "") throw new MissingConfigError(key);
  return String(value);
}

/** The per-section settings autorest.md must give (see the root autorest.md). */
export async function readSettings(host: AutorestExtensionHost): Promise<ClientSettings> {
  return {
    clientName: await required(host, "title"),
    packageName: await required(host, "package-name"),
    packageVersion: await required(host, "package-version"),
  };
}

/** Spec file(s) of this run, for error messages. */
export async function inputFiles(host: AutorestExtensionHost): Promise<string> {
  const value = await host.getValue<string | string[]>("input-file");
  return [value ?? "<unknown spec>"].flat().join(", ");
}

/**
 * `rlc-emitter-refusals: report` writes a refusal to REFUSED.json in the output folder instead of
 * failing the run (the fixture corpus uses it); anything else fails, as a generator should.
 */
export async function reportsRefusals(host: AutorestExtensionHost): Promise<boolean> {
  return (await host.getValue<string>("rlc-emitter-refusals")) === "report";
}
