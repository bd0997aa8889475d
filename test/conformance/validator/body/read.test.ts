import { BodyProblem, readBody } from "../../../../conformance/validator/body/read.js";

const limits = { maxBodyBytes: 1 << 20, maxDepth: 64 };

describe("readBody", () => {
  // Regression: V8's message quotes the text, so a binary body sent as JSON put raw control bytes
  // into the record and every report built from it.
  test("a body that is not JSON is named without its raw control characters", () => {
    const read = readBody(Buffer.from([0x01, 0x02, 0x1b, 0x7f]), limits);
    expect(read).toBeInstanceOf(BodyProblem);
    const { code, message } = read as BodyProblem;
    expect(code).toBe("JSON_PARSING_ERROR");
    expect(message).toMatch(/^body is not JSON: /);
    expect([...message].filter((c) => c < " " || c === "\u007f")).toEqual([]);
    expect(message).toContain("\\u0001");
  });
});

// Regression: the check ignored a byte order mark that made the client's parser fail.
test("a body that starts with a byte order mark is JSON_PARSING_ERROR", () => {
  const read = readBody('\ufeff{"id":"x"}', limits);
  expect(read).toBeInstanceOf(BodyProblem);
  expect((read as BodyProblem).code).toBe("JSON_PARSING_ERROR");
  expect(readBody(Buffer.from('\ufeff{"id":"x"}'), limits)).toBeInstanceOf(BodyProblem);
  expect(readBody('{"id":"x"}', limits)).toEqual({ id: "x" });
});
