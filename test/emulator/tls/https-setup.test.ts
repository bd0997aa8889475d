import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator } from "../../../emulator/server.js";
import { createDevelopmentCertificate } from "../../../emulator/tls/development-certificate.js";

const made = createDevelopmentCertificate();
const dir = mkdtempSync(join(tmpdir(), "emulator-https-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function status(url: string, ca: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/_emulator`, { ca, agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("https with your own certificate", () => {
  it("serves it; with no self-signed root there is no CA to hand out", async () => {
    const emulator = await startEmulator({ https: { cert: made.cert, key: made.key } });
    try {
      expect([emulator.ca, emulator.caFile]).toEqual([undefined, undefined]);
      expect(await status(emulator.url, made.ca)).toBe(200); // the user trusts their own CA
    } finally {
      await emulator.close();
    }
  });

  it("hands out the chain's self-signed root, written to caFile and kept after close", async () => {
    const caFile = join(dir, "nested", "ca.pem");
    const emulator = await startEmulator({
      https: { cert: Buffer.from(made.cert + made.ca), key: Buffer.from(made.key), caFile },
    });
    try {
      expect(emulator.ca).toBe(made.ca);
      expect(emulator.caFile).toBe(caFile);
      expect(await status(emulator.url, emulator.ca!)).toBe(200);
    } finally {
      await emulator.close();
    }
    expect(readFileSync(caFile, "utf8")).toBe(made.ca);
  });

  it("refuses a caFile when there is no CA to write", async () => {
    await expect(
      startEmulator({ https: { cert: made.cert, key: made.key, caFile: join(dir, "x.pem") } }),
    ).rejects.toThrow(/https.caFile: https.cert is not self-signed/);
    expect(existsSync(join(dir, "x.pem"))).toBe(false);
  });
});

describe("https: { caFile }", () => {
  it("writes the generated CA where asked", async () => {
    const caFile = join(dir, "generated.pem");
    const emulator = await startEmulator({ https: { caFile } });
    try {
      expect(readFileSync(caFile, "utf8")).toBe(emulator.ca);
    } finally {
      await emulator.close();
    }
  });

  it("refuses, naming the path, a caFile it cannot write", async () => {
    const blocked = join(dir, "generated.pem", "below-a-file.pem");
    await expect(startEmulator({ https: { caFile: blocked } })).rejects.toThrow(
      `Cannot write the CA certificate to ${blocked}`,
    );
  });
});
