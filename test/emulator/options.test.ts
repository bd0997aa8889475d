import { WELL_KNOWN_CREDENTIALS } from "../../emulator/credentials.js";
import { DEFAULT_LIMITS, normaliseOptions } from "../../emulator/options.js";
import { createDevelopmentCertificate } from "../../emulator/tls/development-certificate.js";

const [pair, other] = [createDevelopmentCertificate(), createDevelopmentCertificate()];

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
    expect(config.https).toBe(false);
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

  it("reads https: true as a generated certificate, and Buffers as PEM text", () => {
    expect(normaliseOptions({ https: true }).https).toEqual({});
    const given = { cert: Buffer.from(pair.cert), key: Buffer.from(pair.key), caFile: "ca.pem" };
    expect(normaliseOptions({ https: given }).https).toEqual({
      cert: pair.cert,
      key: pair.key,
      caFile: "ca.pem",
    });
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
    ["https neither boolean nor object", { https: "yes" }, /https must be a boolean or an object/],
    [
      "a cert without its key",
      { https: { cert: pair.cert } },
      /https.cert and https.key go together/,
    ],
    [
      "a cert that is not PEM",
      { https: { cert: "nope", key: pair.key } },
      /https.cert is not a PEM certificate/,
    ],
    [
      "a key that is not PEM",
      { https: { cert: pair.cert, key: "nope" } },
      /https.key is not a PEM private key/,
    ],
    [
      "another certificate's key",
      { https: { cert: pair.cert, key: other.key } },
      /https.key is not the private key of https.cert/,
    ],
    [
      "a cert of the wrong type",
      { https: { cert: 1, key: pair.key } },
      /https.cert must be PEM text/,
    ],
    ["an empty caFile", { https: { caFile: "" } }, /https.caFile must be a non-empty path/],
  ])("refuses %s", (_, options, message) => {
    expect(() => normaliseOptions(options)).toThrow(message);
  });
});
