import { createValidator } from "../../../conformance/validator/index.js";
import { responseFor } from "../../../conformance/validator/status.js";

const operation = createValidator().model.operations.get("DataRegistry_GetOperation")!;

describe("responseFor (200 + error-only default)", () => {
  test.each<[string, { given: number; want: string | undefined }]>([
    ["declared", { given: 200, want: "200" }],
    ["4xx falls to the error default", { given: 404, want: "default" }],
    ["5xx falls to the error default", { given: 503, want: "default" }],
    ["undeclared 2xx is not an error", { given: 202, want: undefined }],
    ["undeclared 3xx", { given: 304, want: undefined }],
    ["1xx", { given: 100, want: undefined }],
    ["below range", { given: 99, want: undefined }],
    ["above range", { given: 600, want: undefined }],
    ["not an integer", { given: 200.5, want: undefined }],
  ])("%s", (_name, { given, want }) => {
    expect(responseFor(operation, given)?.key).toBe(want);
  });
});
