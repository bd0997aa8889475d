/**
 * The contract suite (conformance/suite), run by `npm run conformance`; never by `npm test`,
 * whose root config only looks under test/. The report directory comes from the conformance CLI.
 */
const path = require("node:path");

const reportDir =
  process.env.CONFORMANCE_REPORT_DIR ?? path.join(__dirname, "../reports/conformance");

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: "node",
  roots: ["<rootDir>/suite"],
  testMatch: ["<rootDir>/suite/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: path.join(__dirname, "../tsconfig.json") }],
  },
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  testTimeout: 60000,
  reporters: [
    "default",
    [
      "jest-junit",
      {
        outputDirectory: reportDir,
        outputName: "junit.xml",
        suiteName: "conformance",
        classNameTemplate: "{classname}",
        titleTemplate: "{title}",
      },
    ],
  ],
};
