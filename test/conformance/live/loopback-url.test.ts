/**
 * Regression: the emulator's Resource-Location is on 127.0.0.1 over http; the validator's `url`
 * format must accept it (ajv-formats' own `url` refuses loopback hosts), or every emulator run
 * would report a false violation.
 */
import { createValidator } from "../../../conformance/validator/index.js";

const validator = createValidator();

test.each([
  "http://127.0.0.1:4010/datasets/3e36b996-f6d1-b068-0fcb-dd6b014c3447?api-version=2.0",
  "http://localhost:8080/datasets/x?api-version=2.0",
  "https://us.atlas.microsoft.com/datasets/3e36b996-f6d1-b068-0fcb-dd6b014c3447?api-version=2.0",
])("Resource-Location %s is a url", (location) => {
  const result = validator.validateResponse({
    operationId: "Dataset_GetOperation",
    status: 200,
    headers: { "content-type": "application/json", "Resource-Location": location },
    body: { operationId: "op", created: "2021-04-23T19:14:03.2452596+00:00", status: "Succeeded" },
  });
  expect(result.violations).toEqual([]);
});
