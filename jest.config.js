/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }],
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
  testTimeout: 60000,
  reporters: ["default", ["jest-junit", { outputDirectory: "reports", outputName: "junit.xml" }]],
};
