import { parseCallOptions, parsePort, parseWaitOptions } from "../../cli/src/args.js";

const GUID = "0522b4fe-0539-4c6c-ba70-e35ec865d8e2";

describe("parseCallOptions", () => {
  it("maps the CLI's api names and applies the defaults", () => {
    expect(parseCallOptions(GUID, { api: "data-registry" })).toEqual({
      api: "dataRegistry",
      operationId: GUID,
      geography: "us",
      endpoint: undefined,
      auth: undefined,
      json: false,
    });
    expect(
      parseCallOptions("op", {
        api: "dataset",
        geography: "eu",
        endpoint: "http://127.0.0.1:4010/",
        auth: "sas",
        json: true,
      }),
    ).toMatchObject({
      api: "dataset",
      geography: "eu",
      endpoint: "http://127.0.0.1:4010",
      auth: "sas",
      json: true,
    });
  });

  it.each([
    ["no --api", "op", {}, `--api must be one of dataset, data-registry; got nothing`],
    [
      "the client layer's name",
      "op",
      { api: "dataRegistry" },
      `--api must be one of dataset, data-registry; got "dataRegistry"`,
    ],
    [
      "bad geography",
      "op",
      { api: "dataset", geography: "US" },
      `--geography must be one of us, eu; got "US"`,
    ],
    [
      "bad auth",
      "op",
      { api: "dataset", auth: "token" },
      `--auth must be one of sas, key, entra; got "token"`,
    ],
    [
      "non-GUID Data Registry id",
      "op",
      { api: "data-registry" },
      `operationId must be a GUID such as 0522b4fe-0539-4c6c-ba70-e35ec865d8e2; got "op"`,
    ],
    [
      "dot-segment Dataset id",
      "..",
      { api: "dataset" },
      `operationId must be a non-empty, well-formed string other than "." and ".."; got ".."`,
    ],
  ])("refuses %s", (_name, id, flags, message) => {
    expect(() => parseCallOptions(id, flags)).toThrow(message);
  });
});

describe("parseWaitOptions", () => {
  it("defaults: 30m timeout, 2s interval", () => {
    expect(parseWaitOptions("op", { api: "dataset" })).toMatchObject({
      maxWaitMs: 1_800_000,
      intervalMs: 2000,
    });
  });
  it("reads --timeout and --interval", () => {
    expect(
      parseWaitOptions("op", { api: "dataset", timeout: "90s", interval: "250ms" }),
    ).toMatchObject({
      maxWaitMs: 90_000,
      intervalMs: 250,
    });
  });
});

describe("--interval and --min-interval", () => {
  it.each([
    [{}, [2000, 1000]],
    [{ interval: "0ms" }, [0, 1000]],
    [{ interval: "10ms", minInterval: "10ms" }, [10, 10]],
    [{ minInterval: "5s" }, [2000, 5000]],
  ])("%p → interval and floor %p (the library floors every delay at the floor)", (flags, want) => {
    const options = parseWaitOptions("op", { api: "dataset", ...flags });
    expect([options.intervalMs, options.minIntervalMs]).toEqual(want);
  });

  it("refuses a zero floor", () => {
    expect(() => parseWaitOptions("op", { api: "dataset", minInterval: "0ms" })).toThrow(
      /^--min-interval must be a duration/,
    );
  });
});

describe("parsePort", () => {
  it.each([
    [undefined, 0],
    ["4010", 4010],
    ["65535", 65535],
  ])("%j → %d", (text, want) => expect(parsePort(text)).toBe(want));
  it.each([["65536"], ["-1"], ["1e3"], ["port"]])("refuses %j", (text) =>
    expect(() => parsePort(text)).toThrow(
      `--port must be an integer from 0 to 65535 (0: any free port); got "${text}"`,
    ),
  );
});
