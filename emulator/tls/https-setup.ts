import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { InvalidOptionError } from "../errors/invalid-option-error.js";
import type { EmulatorConfig } from "../options.js";
import { selfSignedRoot } from "./certificate-pair.js";
import { createDevelopmentCertificate } from "./development-certificate.js";

/** What the HTTPS server needs, and what its clients need to trust it. */
export interface HttpsSetup {
  readonly cert: string;
  readonly key: string;
  /** PEM of the CA to trust; undefined for a given certificate that is not self-signed. */
  readonly ca: string | undefined;
  /** Where `ca` was written. */
  readonly caFile: string | undefined;
  /** Removes what was written to a temporary directory; idempotent. */
  cleanUp(): void;
}

/** The certificate to serve (given, or made now) and its CA written out for NODE_EXTRA_CA_CERTS. */
export function setUpHttps(https: Exclude<EmulatorConfig["https"], false>): HttpsSetup {
  const made =
    https.cert === undefined || https.key === undefined
      ? createDevelopmentCertificate()
      : { cert: https.cert, key: https.key, ca: selfSignedRoot(https.cert) };
  if (made.ca === undefined) {
    if (https.caFile !== undefined) {
      throw new InvalidOptionError(
        "https.caFile: https.cert is not self-signed, so there is no CA to write; trust the CA that issued it.",
      );
    }
    return { ...made, ca: undefined, caFile: undefined, cleanUp: () => undefined };
  }
  let temporary: string | undefined;
  let caFile = https.caFile;
  try {
    if (caFile === undefined) {
      temporary = mkdtempSync(join(tmpdir(), "maps-operations-emulator-"));
      caFile = join(temporary, "ca.pem");
    } else {
      mkdirSync(dirname(caFile), { recursive: true });
    }
    writeFileSync(caFile, made.ca);
  } catch (error) {
    if (temporary !== undefined) rmSync(temporary, { recursive: true, force: true });
    throw new InvalidOptionError(
      `Cannot write the CA certificate to ${caFile ?? tmpdir()}: ${(error as Error).message}`,
    );
  }
  return {
    ...made,
    caFile,
    cleanUp: () => {
      if (temporary !== undefined) rmSync(temporary, { recursive: true, force: true });
    },
  };
}
