import { WELL_KNOWN_CREDENTIALS } from "../../emulator/credentials.js";
import { DEFAULT_LIMITS, normaliseOptions } from "../../emulator/options.js";

describe("normaliseOptions", () => {
  it("fills every default", () => {
    const config = normaliseOptions();
    expect(config).toMatchObject({
      port: 0,
      seed: true,
      limits: DEFAULT_LIMITS,
      credentials: {
        subscriptionKeys: [WELL_KNOWN_CREDENTIALS.subscriptionKey],
        bearerTokens: [WELL_KNOWN_CREDENTIALS.bearerToken],
        sasTokens: [WELL_KNOWN_CREDENTIALS.sasToken],
        clientIds: ["*"],
      },
    });
    expect(config.now).toBe(Date.now);
    expect(Object.isFrozen(config) && Object.isFrozen(config.limits)).toBe(true);
  });

  it("keeps user options apart from the config", () => {
    const keys = ["k"];
    const config = normaliseOptions({
      credentials: { subscriptionKeys: keys },
      limits: { maxSteps: 3 },
    });
    keys.push("later");
    expect(config.credentials.subscriptionKeys).toEqual(["k"]);
    expect(config.limits).toEqual({ ...DEFAULT_LIMITS, maxSteps: 3 });
  });

  it.each<[string, object, RegExp]>([
    ["a negative port", { port: -1 }, /port must be an integer/],
    ["a fractional port", { port: 1.5 }, /port must be an integer/],
    [
      "a zero limit",
      { limits: { maxOperations: 0 } },
      /limits.maxOperations must be a positive integer/,
    ],
    ["a non-numeric limit", { limits: { maxSteps: "9" } }, /limits.maxSteps/],
  ])("refuses %s", (_, options, message) => {
    expect(() => normaliseOptions(options)).toThrow(message);
  });
});
