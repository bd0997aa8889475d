import type { ApiName } from "../../../emulator/apis/api-name.js";
import { DEFAULT_LIMITS, type EmulatorLimits } from "../../../emulator/options.js";
import { parseErrorDetail } from "../../../emulator/operations/parse-error.js";

const WHERE = "body.outcome.error";
const parse = (api: ApiName, given: unknown, limits: Partial<EmulatorLimits> = {}) =>
  parseErrorDetail(given, api, { ...DEFAULT_LIMITS, ...limits }, WHERE);

/** Nests `leaf` `levels` times under `key` (an array of one for details, an object otherwise). */
function nest(key: "details" | "innererror", levels: number, leaf: object): object {
  let value: object = leaf;
  for (let i = 0; i < levels; i += 1) {
    value =
      key === "details" ? { code: "C", message: "m", details: [value] } : { innererror: value };
  }
  return value;
}

type Accepted = [string, { api: ApiName; given: unknown; want: unknown }];
const accepted: Accepted[] = [
  [
    "code and message",
    { api: "dataset", given: { code: "C", message: "m" }, want: { code: "C", message: "m" } },
  ],
  [
    "Dataset: target, nested details and additionalInfo",
    {
      api: "dataset",
      given: {
        code: "InvalidDwgPackage",
        message: "The package is invalid.",
        target: "manifest.json",
        details: [
          {
            code: "MissingLayer",
            message: "A layer is missing.",
            target: "layers",
            details: [{ code: "MissingFile", message: "walls.dwg is missing." }],
          },
        ],
        additionalInfo: [
          { type: "PolicyViolation", info: { rule: "r1", lines: [1, 2], ok: null } },
        ],
      },
      want: {
        code: "InvalidDwgPackage",
        message: "The package is invalid.",
        target: "manifest.json",
        details: [
          {
            code: "MissingLayer",
            message: "A layer is missing.",
            target: "layers",
            details: [{ code: "MissingFile", message: "walls.dwg is missing." }],
          },
        ],
        additionalInfo: [
          { type: "PolicyViolation", info: { rule: "r1", lines: [1, 2], ok: null } },
        ],
      },
    },
  ],
  [
    "Data Registry: details with their own innererror, nested innererror",
    {
      api: "dataRegistry",
      given: {
        code: "InvalidData",
        message: "m",
        target: "udid",
        details: [{ code: "BadGeometry", message: "g", innererror: { code: "SelfIntersection" } }],
        innererror: { code: "GeoJsonInvalid", innererror: { code: "RingNotClosed" } },
      },
      want: {
        code: "InvalidData",
        message: "m",
        target: "udid",
        details: [{ code: "BadGeometry", message: "g", innererror: { code: "SelfIntersection" } }],
        innererror: { code: "GeoJsonInvalid", innererror: { code: "RingNotClosed" } },
      },
    },
  ],
  [
    "Data Registry: an empty innererror (both its fields are optional)",
    {
      api: "dataRegistry",
      given: { code: "C", message: "m", innererror: {} },
      want: { code: "C", message: "m", innererror: {} },
    },
  ],
  [
    "empty details and additionalInfo arrays",
    {
      api: "dataset",
      given: { code: "C", message: "m", details: [], additionalInfo: [] },
      want: { code: "C", message: "m", details: [], additionalInfo: [] },
    },
  ],
  [
    "details nested exactly maxErrorDepth levels",
    {
      api: "dataset",
      given: nest("details", 5, { code: "Leaf", message: "m" }),
      want: nest("details", 5, { code: "Leaf", message: "m" }),
    },
  ],
  [
    "innererror nested exactly maxErrorDepth levels",
    {
      api: "dataRegistry",
      given: { code: "C", message: "m", ...nest("innererror", 4, { innererror: { code: "x" } }) },
      want: { code: "C", message: "m", ...nest("innererror", 4, { innererror: { code: "x" } }) },
    },
  ],
  [
    "a __proto__ key inside info stays a plain key",
    {
      api: "dataset",
      given: JSON.parse(
        '{"code":"C","message":"m","additionalInfo":[{"type":"t","info":{"__proto__":{"a":1}}}]}',
      ),
      want: JSON.parse(
        '{"code":"C","message":"m","additionalInfo":[{"type":"t","info":{"__proto__":{"a":1}}}]}',
      ),
    },
  ],
];

type Rejected = [
  string,
  { api: ApiName; given: unknown; message: string; limits?: Partial<EmulatorLimits> },
];
const rejected: Rejected[] = [
  ["not an object", { api: "dataset", given: "oops", message: `${WHERE} must be a JSON object.` }],
  [
    "no message",
    { api: "dataset", given: { code: "C" }, message: `${WHERE} needs a code and a message.` },
  ],
  [
    "a nested detail without a code",
    {
      api: "dataRegistry",
      given: { code: "C", message: "m", details: [{ code: "D", message: "d" }, { message: "x" }] },
      message: `${WHERE}.details[1] needs a code and a message.`,
    },
  ],
  [
    "innererror on a Dataset error",
    {
      api: "dataset",
      given: { code: "C", message: "m", innererror: { code: "x" } },
      message: `${WHERE} has unknown field(s) innererror; allowed: code, message, target, details, additionalInfo.`,
    },
  ],
  [
    "additionalInfo on a Data Registry error",
    {
      api: "dataRegistry",
      given: { code: "C", message: "m", additionalInfo: [] },
      message: `${WHERE} has unknown field(s) additionalInfo; allowed: code, message, target, details, innererror.`,
    },
  ],
  [
    "innererror inside a Dataset detail",
    {
      api: "dataset",
      given: { code: "C", message: "m", details: [{ code: "D", message: "d", innererror: {} }] },
      message: `${WHERE}.details[0] has unknown field(s) innererror; allowed: code, message, target, details, additionalInfo.`,
    },
  ],
  [
    "details not an array",
    {
      api: "dataset",
      given: { code: "C", message: "m", details: { code: "D", message: "d" } },
      message: `${WHERE}.details must be an array of at most 20 entries.`,
    },
  ],
  [
    "more details than maxErrorDetails",
    {
      api: "dataRegistry",
      given: { code: "C", message: "m", details: Array(3).fill({ code: "D", message: "d" }) },
      limits: { maxErrorDetails: 2 },
      message: `${WHERE}.details must be an array of at most 2 entries.`,
    },
  ],
  [
    "more additionalInfo entries than maxErrorDetails",
    {
      api: "dataset",
      given: { code: "C", message: "m", additionalInfo: Array(21).fill({ type: "t", info: {} }) },
      message: `${WHERE}.additionalInfo must be an array of at most 20 entries.`,
    },
  ],
  [
    "details nested past maxErrorDepth",
    {
      api: "dataset",
      given: nest("details", 6, { code: "Leaf", message: "m" }),
      message: `${WHERE}${".details[0]".repeat(6)} is nested 6 levels deep; at most 5 are allowed.`,
    },
  ],
  [
    "innererror nested past maxErrorDepth",
    {
      api: "dataRegistry",
      given: { code: "C", message: "m", ...nest("innererror", 2, {}) },
      limits: { maxErrorDepth: 1 },
      message: `${WHERE}.innererror.innererror is nested 2 levels deep; at most 1 are allowed.`,
    },
  ],
  [
    "innererror.code not a string",
    {
      api: "dataRegistry",
      given: { code: "C", message: "m", innererror: { code: 7 } },
      message: `${WHERE}.innererror.code must be a non-empty string of at most 1024 characters.`,
    },
  ],
  [
    "an unknown innererror field",
    {
      api: "dataRegistry",
      given: { code: "C", message: "m", innererror: { message: "x" } },
      message: `${WHERE}.innererror has unknown field(s) message; allowed: code, innererror.`,
    },
  ],
  [
    "additionalInfo without info",
    {
      api: "dataset",
      given: { code: "C", message: "m", additionalInfo: [{ type: "t" }] },
      message: `${WHERE}.additionalInfo[0] needs a type and an info object.`,
    },
  ],
  [
    "additionalInfo whose info is an array",
    {
      api: "dataset",
      given: { code: "C", message: "m", additionalInfo: [{ type: "t", info: [1] }] },
      message: `${WHERE}.additionalInfo[0].info must be a JSON object.`,
    },
  ],
  [
    "info nested past maxErrorDepth",
    {
      api: "dataset",
      given: { code: "C", message: "m", additionalInfo: [{ type: "t", info: { a: { b: [1] } } }] },
      limits: { maxErrorDepth: 2 },
      message: `${WHERE}.additionalInfo[0].info.a.b nests deeper than 2 levels.`,
    },
  ],
  [
    "info with a value JSON cannot carry (in-process callers)",
    {
      api: "dataset",
      given: {
        code: "C",
        message: "m",
        additionalInfo: [{ type: "t", info: { at: new Date(0) } }],
      },
      message: `${WHERE}.additionalInfo[0].info.at must hold only JSON values.`,
    },
  ],
  [
    "a target that is not a string",
    {
      api: "dataset",
      given: { code: "C", message: "m", target: 1 },
      message: `${WHERE}.target must be a non-empty string of at most 1024 characters.`,
    },
  ],
];

describe("parseErrorDetail", () => {
  it.each(accepted)("accepts %s", (_, { api, given, want }) => {
    expect(parse(api, given)).toEqual(want);
  });

  it.each(rejected)("refuses %s", (_, { api, given, message, limits }) => {
    expect(() => parse(api, given, limits)).toThrow(message);
  });

  it("returns a deeply frozen copy that later input changes cannot reach", () => {
    const given = {
      code: "C",
      message: "m",
      details: [{ code: "D", message: "d" }],
      additionalInfo: [{ type: "t", info: { list: [1] } }],
    };
    const parsed = parse("dataset", given);
    given.details[0]!.code = "changed";
    given.additionalInfo[0]!.info.list.push(2);
    expect(parsed).toEqual({
      code: "C",
      message: "m",
      details: [{ code: "D", message: "d" }],
      additionalInfo: [{ type: "t", info: { list: [1] } }],
    });
    expect(Object.isFrozen(parsed.details?.[0])).toBe(true);
    expect(Object.isFrozen(parsed.additionalInfo?.[0]?.info.list)).toBe(true);
  });
});
