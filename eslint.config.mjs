import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/",
      "**/dist/",
      "conformance/specs/",
      "packages/",
      "reports/",
      "coverage/",
      "emitter/dist/",
      "test/**/fixtures/out/",
      ".tmp/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        Buffer: "readonly",
      },
    },
  },
  {
    rules: {
      // A leading underscore marks a parameter kept for its position or an interface's shape.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // generated/ is the emitter's output: lint it for errors only, never for style.
    files: ["generated/**"],
    rules: { "@typescript-eslint/no-unused-vars": "off" },
  },
  {
    // A downstream package's own jest test (the README's recipe), run by test/packaging.
    files: ["test/packaging/downstream/**/*.js"],
    languageOptions: {
      globals: {
        beforeAll: "readonly",
        afterAll: "readonly",
        test: "readonly",
        expect: "readonly",
        fetch: "readonly",
      },
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
    languageOptions: {
      globals: { module: "writable", require: "readonly", __dirname: "readonly" },
    },
  },
);
