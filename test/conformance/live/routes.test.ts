import { createOperationMatcher, redactUrl } from "../../../conformance/live/index.js";
import { createValidator } from "../../../conformance/validator/index.js";

const match = createOperationMatcher(createValidator().operations());

describe("createOperationMatcher", () => {
  test.each([
    [
      "Dataset",
      {
        given: ["GET", "https://us.atlas.microsoft.com/datasets/operations/abc?api-version=2.0"],
        want: "Dataset_GetOperation",
      },
    ],
    [
      "Data Registry",
      {
        given: [
          "get",
          "http://127.0.0.1:1/dataRegistries/operations/0522b4fe-0539-4c6c-ba70-e35ec865d8e2",
        ],
        want: "DataRegistry_GetOperation",
      },
    ],
    [
      "under a base path",
      {
        given: ["GET", "https://gw.example.com/maps/v1/datasets/operations/x"],
        want: "Dataset_GetOperation",
      },
    ],
    ["another method", { given: ["POST", "https://h/datasets/operations/x"], want: undefined }],
    ["a longer path", { given: ["GET", "https://h/datasets/operations/x/extra"], want: undefined }],
    ["no id", { given: ["GET", "https://h/datasets/operations/"], want: undefined }],
    ["not a URL", { given: ["GET", "datasets/operations/x"], want: undefined }],
  ] as const)("%s", (_name, { given, want }) => {
    expect(match(given[0], given[1])).toBe(want);
  });
});

describe("redactUrl", () => {
  test.each([
    [
      "keeps api-version",
      { given: "https://h/p?api-version=2.0", want: "https://h/p?api-version=2.0" },
    ],
    [
      "subscription-key",
      {
        given: "https://h/p?api-version=2.0&subscription-key=k3y",
        want: "https://h/p?api-version=2.0&subscription-key=REDACTED",
      },
    ],
    [
      "any other value, user info and fragment",
      { given: "https://u:pw@h/p?sig=abc#frag", want: "https://h/p?sig=REDACTED" },
    ],
    ["unparseable", { given: "::", want: "(unparseable URL)" }],
  ])("%s", (_name, { given, want }) => {
    expect(redactUrl(given)).toBe(want);
  });
});
