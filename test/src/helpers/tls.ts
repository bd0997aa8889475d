import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A throwaway self-signed certificate for 127.0.0.1, made per run (no key in the repo). Bearer
 * tokens need https: core's bearerTokenAuthenticationPolicy refuses plain http, loopback included.
 */
export function selfSignedCertificate(): { key: string; cert: string; agent: Agent } {
  const dir = mkdtempSync(join(tmpdir(), "maps-ops-tls-"));
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
        "-subj",
        "/CN=127.0.0.1",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
      ],
      { stdio: "ignore" },
    );
    const key = readFileSync(join(dir, "key.pem"), "utf8");
    const cert = readFileSync(join(dir, "cert.pem"), "utf8");
    return { key, cert, agent: new Agent({ ca: cert }) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
