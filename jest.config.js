/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // Transpile only: types are checked once for the whole tree by `npm run typecheck` (tsc),
  // not again per test file (ts-jest did, and it cost most of the suite's time).
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      {
        jsc: { parser: { syntax: "typescript" }, target: "es2022" },
        module: { type: "commonjs" },
      },
    ],
  },
  moduleNameMapper: {
    // Sources import with ".js" extensions (NodeNext); jest resolves the .ts files.
    "^(\\.{1,2}/.*)\\.js$": "$1",
    // The packages import each other by name; in the checkout that is their sources (tsconfig paths).
    "^maps-operations-rest$": "<rootDir>/src/index.ts",
    "^maps-operations-conformance$": "<rootDir>/conformance/index.ts",
    "^maps-operations-emulator$": "<rootDir>/emulator/index.ts",
  },
  modulePathIgnorePatterns: ["<rootDir>/.*/dist/", "<rootDir>/.tmp/"],
  // Many test files wait on servers and child processes, not the CPU: three workers keep two cores
  // busy (two left one idle for a fifth of a fresh-clone run).
  maxWorkers: 3,
  testSequencer: "<rootDir>/test/sequencer.js",
  testTimeout: 60000,
  reporters: ["default", ["jest-junit", { outputDirectory: "reports", outputName: "junit.xml" }]],
};
