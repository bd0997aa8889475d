import { spawnSync } from "node:child_process";
import { createPrivateKey, X509Certificate } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDevelopmentCertificate } from "../../../emulator/tls/development-certificate.js";

// Made once for the file: every test reads the same pair.
const made = createDevelopmentCertificate(new Date("2026-01-01T00:00:00Z"));
const ca = new X509Certificate(made.ca);
const server = new X509Certificate(made.cert);

describe("createDevelopmentCertificate", () => {
  it("returns a server certificate, its key and the CA that signed it, nothing else", () => {
    expect(Object.keys(made).sort()).toEqual(["ca", "cert", "key"]);
    expect(server.checkPrivateKey(createPrivateKey(made.key))).toBe(true);
    expect(server.checkIssued(ca) && server.verify(ca.publicKey)).toBe(true);
    expect(ca.checkIssued(ca) && ca.verify(ca.publicKey)).toBe(true);
  });

  it("makes the CA a CA and the server certificate not one", () => {
    expect([ca.ca, server.ca]).toEqual([true, false]);
    expect(server.keyUsage).toEqual(["1.3.6.1.5.5.7.3.1"]); // serverAuth
  });

  it("names 127.0.0.1, ::1 and localhost, and nothing else", () => {
    expect(server.subjectAltName).toBe(
      "DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1",
    );
    expect(server.checkIP("127.0.0.1")).toBe("127.0.0.1");
    expect(server.checkHost("localhost")).toBe("localhost");
    expect(server.checkHost("evil.example")).toBeUndefined();
  });

  it("is valid from an hour before `now` for 397 days", () => {
    expect(new Date(server.validFrom).toISOString()).toBe("2025-12-31T23:00:00.000Z");
    expect(new Date(server.validTo).toISOString()).toBe("2027-02-02T00:00:00.000Z");
  });

  it("makes a new CA every time", () => {
    expect(createDevelopmentCertificate().ca).not.toBe(made.ca);
  });

  const openssl = spawnSync("openssl", ["version"]).status === 0;
  (openssl ? it : it.skip)("passes openssl verify -x509_strict as a TLS server certificate", () => {
    const fresh = createDevelopmentCertificate();
    const dir = mkdtempSync(join(tmpdir(), "emulator-cert-"));
    try {
      writeFileSync(join(dir, "ca.pem"), fresh.ca);
      writeFileSync(join(dir, "cert.pem"), fresh.cert);
      const verify = spawnSync(
        "openssl",
        ["verify", "-x509_strict", "-purpose", "sslserver", "-CAfile", "ca.pem", "cert.pem"],
        { cwd: dir, encoding: "utf8" },
      );
      expect(`${verify.stdout}${verify.stderr}`.trim()).toBe("cert.pem: OK");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
