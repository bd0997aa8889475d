import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseCli, readCliFiles } from "../../emulator/cli.js";

const ROOT = resolve(__dirname, "../..");
const NO_FLAGS = {
  port: 0,
  seed: true,
  quiet: false,
  credentials: {
    subscriptionKeys: undefined,
    bearerTokens: undefined,
    sasTokens: undefined,
    clientIds: undefined,
  },
};

describe("parseCli", () => {
  it.each<[string, { given: string[]; want: object }]>([
    ["no flags: defaults left to normaliseOptions", { given: [], want: NO_FLAGS }],
    [
      "every flag",
      {
        given: [
          "--port",
          "4010",
          "--subscription-key",
          "a",
          "b",
          "--bearer-token",
          "*",
          "--sas-token",
          "s",
          "--client-id",
          "c",
          "--no-seed",
          "-q",
        ],
        want: {
          port: 4010,
          seed: false,
          quiet: true,
          credentials: {
            subscriptionKeys: ["a", "b"],
            bearerTokens: ["*"],
            sasTokens: ["s"],
            clientIds: ["c"],
          },
        },
      },
    ],
    ["--https: a generated certificate", { given: ["--https"], want: { ...NO_FLAGS, https: {} } }],
    [
      "--cert and --key imply --https",
      {
        given: ["--cert", "c.pem", "--key", "k.pem"],
        want: { ...NO_FLAGS, https: { certFile: "c.pem", keyFile: "k.pem" } },
      },
    ],
    [
      "--ca-file implies --https",
      { given: ["--ca-file", "ca.pem"], want: { ...NO_FLAGS, https: { caFile: "ca.pem" } } },
    ],
  ])("%s", (_, { given, want }) => {
    expect(parseCli(given)).toEqual(want);
  });

  it.each([
    ["--port", "x"],
    ["--port", "70000"],
    ["--nope"],
    ["--cert", "c.pem"],
    ["--key", "k.pem"],
  ])("refuses %s %s", (...argv) => {
    const errors: string[] = [];
    expect(() => parseCli(argv, (text) => errors.push(text))).toThrow();
    expect(errors.join("")).toMatch(/^error: /);
  });
});

describe("readCliFiles", () => {
  const dir = mkdtempSync(join(tmpdir(), "emulator-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads --cert and --key into the https options", () => {
    writeFileSync(join(dir, "c.pem"), "CERT");
    writeFileSync(join(dir, "k.pem"), "KEY");
    const commandLine = parseCli(["--cert", join(dir, "c.pem"), "--key", join(dir, "k.pem"), "-q"]);
    expect(readCliFiles(commandLine)).toEqual({
      port: 0,
      seed: true,
      credentials: expect.any(Object),
      https: { cert: "CERT", key: "KEY", caFile: undefined },
    });
  });

  it("names the flag and the file it cannot read", () => {
    const missing = join(dir, "missing.pem");
    expect(() => readCliFiles(parseCli(["--cert", missing, "--key", missing]))).toThrow(
      `--cert ${missing}: ENOENT`,
    );
  });
});

describe("npm run emulator", () => {
  it("prints its URL and CA file with --https, serves, and stops cleanly on SIGTERM", async () => {
    const child = spawn(
      process.execPath,
      [resolve(ROOT, "node_modules/tsx/dist/cli.mjs"), "emulator/cli.ts", "--quiet", "--https"],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    const [url, caFile] = await new Promise<string[]>((done, fail) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const match =
          /listening on (https:\/\/127\.0\.0\.1:\d+)\nCA certificate: (\S+) \(trust it: NODE_EXTRA_CA_CERTS=\2\)\n/.exec(
            out,
          );
        if (match !== null) done([match[1]!, match[2]!]);
      });
      child.on("exit", () => fail(new Error(`exited before listening: ${out}`)));
    });
    const ca = readFileSync(caFile!, "utf8");
    const status = await new Promise<number>((done, fail) => {
      const req = request(`${url}/_emulator`, { ca, agent: false }, (response) => {
        response.resume();
        done(response.statusCode ?? 0);
      });
      req.on("error", fail);
      req.end();
    });
    expect(status).toBe(200);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(existsSync(caFile!)).toBe(false); // a temporary CA file goes with the emulator
  });
});
