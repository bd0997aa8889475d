// Jest runs the slowest test files first, so that no worker is left with a long file at the end,
// but it knows their times only from its cache of earlier runs. On a fresh machine (CI, a new
// clone) it falls back to file size, which started every file that waits for the build (the
// packages, then their tarballs and installs) at once, leaving the cores idle meanwhile, and
// left files that run AutoRest or compile a corpus for the end. With no times cached, this runs
// the files below first, in this order: CPU-heavy files that need no build, with the first file
// that needs it early enough for the build, packs and installs to overlap them.
const Sequencer = require("@jest/test-sequencer").default;
const { relative } = require("node:path");

const FRESH_CLONE_ORDER = [
  "test/emitter/corpus/golden.test.ts",
  "test/emitter/badInput.test.ts",
  "test/packaging/library.test.ts",
  "test/scripts/spec-checks/specChecks.test.ts",
  "test/packaging/cli.test.ts",
  "test/conformance/validator/hostile.test.ts",
  "test/src/emulator.test.ts",
  "test/conformance/validator/corpus.test.ts",
  "test/docs/snippets.test.ts",
  "test/cli/commands/wait.test.ts",
  "test/packaging/downstream.test.ts",
  "test/cli/commands/entra.test.ts",
  "test/cli/commands/wait-regressions.test.ts",
  "test/packaging/hostile-server.test.ts",
];

class FreshCloneSequencer extends Sequencer {
  /** As jest's own order (failed first, then the longest), unless no file has a cached time. */
  sort(tests) {
    if (tests.some((test) => this.time(test) !== undefined)) return super.sort(tests);
    const rank = (test) => {
      const at = FRESH_CLONE_ORDER.indexOf(relative(test.context.config.rootDir, test.path));
      return at === -1 ? FRESH_CLONE_ORDER.length : at;
    };
    const size = (test) => test.context.hasteFS.getSize(test.path) ?? 0;
    return [...tests].sort((a, b) => rank(a) - rank(b) || size(b) - size(a));
  }
}

module.exports = FreshCloneSequencer;
