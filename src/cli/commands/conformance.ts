import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { EXIT } from "../exit-codes.js";
import type { CliIo } from "../io.js";
import { UsageError } from "../usage-error.js";

export interface ConformanceCliOptions {
  readonly endpoint: string | undefined;
  readonly reportDir: string | undefined;
}

/** The parts of conformance/index.ts this command uses. */
interface ConformanceModule {
  runConformance(options: {
    endpoint?: string;
    reportDir?: string;
    log?: (line: string) => void;
  }): Promise<{ ok: boolean }>;
  renderConsole(report: { ok: boolean }): string;
}

const PACKAGE_NAME = "maps-operations-rest";

/**
 * `conformance`: the project's contract suite (`runConformance`). The suite is TypeScript run by
 * jest, so it needs the source checkout and its dev dependencies; from an installed package this
 * says what is missing and exits 2 instead of failing half-way.
 */
export async function conformanceCommand(
  options: ConformanceCliOptions,
  io: CliIo,
  from = __dirname,
): Promise<number> {
  const root = findPackageRoot(from);
  const missing = root === undefined ? ["the package root"] : missingToolchain(root);
  if (root === undefined || missing.length > 0) {
    throw new UsageError(
      `conformance needs the project's source checkout with its dev dependencies; missing ${missing.join(", ")}` +
        `${root === undefined ? "" : ` in ${root}`}. Run it from a clone: npm ci && npm run conformance`,
    );
  }
  const load = createRequire(path.join(root, "package.json"));
  const tsx = load("tsx/cjs/api") as {
    require: (id: string, fromFile: string) => unknown;
  };
  const suite = tsx.require(
    path.join(root, "conformance", "index.ts"),
    __filename,
  ) as ConformanceModule;
  const report = await suite.runConformance({
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...(options.reportDir === undefined ? {} : { reportDir: options.reportDir }),
    log: (line) => io.out(`${line}\n`),
  });
  io.out(`\n${suite.renderConsole(report)}`);
  return report.ok ? EXIT.ok : EXIT.operationFailed;
}

/** The directory of this package's package.json, walking up (dist/commonjs/... or src/...). */
export function findPackageRoot(from: string): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (existsSync(file)) {
      try {
        if ((JSON.parse(readFileSync(file, "utf8")) as { name?: unknown }).name === PACKAGE_NAME) {
          return dir;
        }
      } catch {
        // not ours; keep walking
      }
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

function missingToolchain(root: string): string[] {
  const missing: string[] = [];
  if (!existsSync(path.join(root, "conformance", "index.ts"))) {
    missing.push("conformance/index.ts (the published package does not include the suite)");
  }
  try {
    createRequire(path.join(root, "package.json")).resolve("tsx/cjs/api");
  } catch {
    missing.push("the dev dependency tsx");
  }
  // Where runConformance starts jest from.
  if (!existsSync(path.join(root, "node_modules", "jest", "bin", "jest.js"))) {
    missing.push("the dev dependency jest");
  }
  return missing;
}
