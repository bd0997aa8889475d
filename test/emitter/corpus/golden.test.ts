import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ensureCorpus, goldenRoot, listFiles } from "../helpers/corpus";
import { fixtures } from "../helpers/runGenerate";

// One AutoRest run for every fixture, unless the committed output is fresh (cached by hash).
// That every client compiles under --strict is `npm run typecheck`'s: it includes the committed
// output, which this file shows the emitter still produces.
const corpus = ensureCorpus();

const rel = (root: string): string[] => listFiles(root).map((f) => relative(root, f));
/** One folder per fixture (the stamp beside them is generate.mjs's, checked by its freshness). */
const folders = (root: string) =>
  [
    ...new Set(
      rel(root)
        .filter((f) => f.includes("/"))
        .map((f) => f.split("/")[0]!),
    ),
  ].sort();
const names = folders(goldenRoot);

describe("fixture corpus: generated output", () => {
  it("generates a folder for every spec under specs/, as the golden output has", () => {
    const specs = rel(join(fixtures, "specs")).map((f) => f.replace(/\.json$/, "").split("/")[0]!);
    const fresh = folders(corpus.generated);
    expect(fresh).toEqual([...new Set(specs)].sort());
    expect(fresh).toEqual(names);
  });

  it.each(names)(
    "%s matches test/emitter/fixtures/out (see docs/generator.md to regenerate it)",
    (name) => {
      const fresh = join(corpus.generated, name);
      const golden = join(goldenRoot, name);
      expect(rel(fresh)).toEqual(rel(golden));
      for (const file of rel(golden)) {
        expect(readFileSync(join(fresh, file), "utf8")).toBe(
          readFileSync(join(golden, file), "utf8"),
        );
      }
    },
  );
});

describe("fixture corpus: refusals name the spec, the construct and its JSON pointer", () => {
  it.each<[string, { code: string; construct: string; pointer: string }]>([
    [
      "refused-xml",
      {
        code: "UNSUPPORTED_CONSTRUCT",
        construct: "XML request body",
        pointer: "#/paths/~1queues~1{queue}~1messages/post",
      },
    ],
    [
      "refused-form-array",
      {
        code: "UNSUPPORTED_CONSTRUCT",
        construct: "an array field in a form-urlencoded body",
        pointer: "#/paths/~1token/post/parameters/scope",
      },
    ],
    [
      "refused-pageable-lro",
      {
        code: "UNSUPPORTED_CONSTRUCT",
        construct: "x-ms-pageable on a long-running operation",
        pointer: "#/paths/~1bulk/post",
      },
    ],
    [
      "refused-path-dot",
      {
        code: "UNSUPPORTED_CONSTRUCT",
        construct: 'a path parameter named "pet.id"',
        pointer: "#/paths/~1pets~1{pet.id}~1toys~1{toyId}/get/parameters/pet.id",
      },
    ],
    [
      "refused-paging-item",
      {
        code: "UNSUPPORTED_CONSTRUCT",
        construct: 'itemName "things" that is not an array',
        pointer: "#/paths/~1things/get/x-ms-pageable",
      },
    ],
    [
      "refused-header-prefix",
      {
        code: "UNSUPPORTED_CONSTRUCT",
        construct: "x-ms-header-collection-prefix",
        pointer: "#/paths/~1containers~1{name}/put/parameters/x-ms-meta",
      },
    ],
    [
      "refused-no-operations",
      { code: "NO_OPERATIONS", construct: "no operations", pointer: "#/paths" },
    ],
  ])("%s", (name, { code, construct, pointer }) => {
    expect(rel(join(corpus.generated, name))).toEqual(["REFUSED.json"]);
    const refusal = JSON.parse(readFileSync(join(corpus.generated, name, "REFUSED.json"), "utf8"));
    expect(refusal).toMatchObject({ spec: `specs/${name}.json`, code, pointer });
    expect(refusal.message).toContain(construct);
    expect(refusal.message).toContain(pointer);
  });
});

/** Exported names and their declarations, per file, of one generated client. */
function publicDeclarations(name: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of rel(join(corpus.generated, name))) {
    const text = readFileSync(join(corpus.generated, name, file), "utf8");
    const blocks = text.split(/\n(?=(?:\/\*\*[\s\S]*?\*\/\n)?export )/);
    for (const block of blocks) {
      const m =
        /^(?:\/\*\*[\s\S]*?\*\/\n)?export (?:default )?(?:async )?(?:interface|type|function|const) (\w+)/.exec(
          block,
        );
      if (m) out.set(`${file} ${m[1]}`, block);
    }
  }
  return out;
}

describe("stable names", () => {
  it("keeps every public name and declaration when operations are added before and after", () => {
    const before = publicDeclarations("stable-names");
    const after = publicDeclarations("stable-names-grown");
    // Declarations that list every operation (the Routes interface, isUnexpected overloads) grow.
    const growing = /^(clientDefinitions\.ts Routes|isUnexpected\.ts isUnexpected)$/;
    const moved = [...before.keys()].filter(
      (k) => !growing.test(k) && before.get(k) !== after.get(k),
    );
    expect(moved).toEqual([]);
    expect([...before.keys()].filter((k) => !after.has(k))).toEqual([]);
    // And the grown spec really did add operations at both ends.
    expect([...after.keys()].filter((k) => !before.has(k)).join(" ")).toMatch(
      /AardvarksGet.*ZebrasGet|ZebrasGet.*AardvarksGet/,
    );
  });
});
