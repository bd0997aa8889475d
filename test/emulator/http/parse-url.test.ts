import fc from "fast-check";
import { parsePlainTarget, parseRequestUrl } from "../../../emulator/http/parse-url.js";

const NAMES = ["api-version", "subscription-key", "a", "", "A"];

/** What the emulated APIs read of a target, through `new URL` (parseRequestUrl). */
function viaUrl(target: string) {
  const url = parseRequestUrl(target);
  return { pathname: url.pathname, values: NAMES.map((name) => url.searchParams.get(name)) };
}

describe("parsePlainTarget", () => {
  it.each([
    "/dataRegistries/operations/0522b4fe-0539-4c6c-ba70-e35ec865d8e2?api-version=2023-06-01",
    "/datasets/operations/a.b~c_d-e?api-version=2.0&subscription-key=k",
    "/",
    "/x?",
    "/x?a",
    "/x?a=",
    "/x?=v&a=1&a=2",
    "/x?&&a=1&",
    "/x?a=b=c",
    "/x?a=1?b=2",
    "/x//y?a=:@/?",
  ])("splits %s as new URL does", (target) => {
    const plain = parsePlainTarget(target);
    expect(plain).toBeDefined();
    expect({
      pathname: plain?.pathname,
      values: NAMES.map((name) => plain?.searchParams.get(name)),
    }).toEqual(viaUrl(target));
  });

  it.each([
    ["absolute form", "http://127.0.0.1/x"],
    ["asterisk", "*"],
    ["a scheme-relative target", "//evil.example/x"],
    ["a dot segment", "/a/../b"],
    ["a trailing dot segment", "/a/.."],
    ["a single dot segment", "/a/./b"],
    ["a percent-escape", "/a/%2e%2e/b"],
    ["a plus in the query", "/x?a=b+c"],
    ["an escape in the query", "/x?a=%41"],
    ["a fragment", "/x?a=1#f"],
    ["a backslash", "/a\\b"],
    ["a space", "/a b"],
    ["a quote", "/x?a='1'"],
    ["a non-ASCII character", "/x?a=\u00e9"],
  ])("leaves %s to new URL", (_, target) => {
    expect(parsePlainTarget(target)).toBeUndefined();
  });

  it("never disagrees with new URL", () => {
    // Mostly characters a plain target may hold, some it may not.
    const allowed = [..."/?=&.;:@!$()*,~-_aA0", "a", "api-version", "2.0", "..", "/."];
    const refused = [..."%+#'\\ é"];
    const part = fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...allowed) },
      fc.constantFrom(...refused),
    );
    const target = fc.array(part, { maxLength: 24 }).map((parts) => `/${parts.join("")}`);
    let plainOnes = 0;
    fc.assert(
      fc.property(target, (t) => {
        const plain = parsePlainTarget(t);
        if (plain === undefined) return;
        plainOnes += 1;
        expect({
          pathname: plain.pathname,
          values: NAMES.map((name) => plain.searchParams.get(name)),
        }).toEqual(viaUrl(t));
      }),
      { numRuns: 2000 },
    );
    expect(plainOnes).toBeGreaterThan(100); // the property was tested, not skipped
  });
});
