import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { parseCli } from "../../emulator/cli.js";
import { send } from "./helpers/http.js";

const ROOT = resolve(__dirname, "../..");

describe("parseCli", () => {
  it.each<[string, { given: string[]; want: object }]>([
    [
      "no flags: defaults left to normaliseOptions",
      {
        given: [],
        want: {
          port: 0,
          seed: true,
          quiet: false,
          credentials: {
            subscriptionKeys: undefined,
            bearerTokens: undefined,
            sasTokens: undefined,
            clientIds: undefined,
          },
        },
      },
    ],
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
  ])("%s", (_, { given, want }) => {
    expect(parseCli(given)).toEqual(want);
  });

  it.each([["--port", "x"], ["--port", "70000"], ["--nope"]])("refuses %s %s", (...argv) => {
    const errors: string[] = [];
    expect(() => parseCli(argv, (text) => errors.push(text))).toThrow();
    expect(errors.join("")).toMatch(/^error: /);
  });
});

describe("npm run emulator", () => {
  it("prints its URL, serves, and stops cleanly on SIGTERM", async () => {
    const child = spawn(
      process.execPath,
      [resolve(ROOT, "node_modules/tsx/dist/cli.mjs"), "emulator/cli.ts", "--quiet"],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    const url = await new Promise<string>((done, fail) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (match?.[1] !== undefined) done(match[1]);
      });
      child.on("exit", () => fail(new Error(`exited before listening: ${out}`)));
    });
    expect((await send(`${url}/_emulator`)).status).toBe(200);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
