/**
 * Validator coverage from several validators (one per suite file) merged into one, and summed up
 * per category for the console table.
 */
import type { CoverageReport, OperationCoverage } from "../validator/index.js";

type Counts = Record<string, number>;

export function mergeCoverage(reports: readonly CoverageReport[]): CoverageReport {
  const operations: Record<string, OperationCoverage> = {};
  const enums: CoverageReport["enums"] = {};
  const optionalProperties: Record<string, Counts> = {};
  for (const report of reports) {
    for (const [id, op] of Object.entries(report.operations)) {
      const into = (operations[id] ??= { responses: {}, undeclaredStatuses: {} }) as {
        responses: Record<string, OperationCoverage["responses"][string]>;
        undeclaredStatuses: Counts;
      };
      add(into.undeclaredStatuses, op.undeclaredStatuses);
      for (const [key, response] of Object.entries(op.responses)) {
        const current = into.responses[key];
        into.responses[key] = {
          statuses: add({ ...current?.statuses }, response.statuses),
          checked: (current?.checked ?? 0) + response.checked,
          passed: (current?.passed ?? 0) + response.passed,
          headers: add({ ...current?.headers }, response.headers),
        };
      }
    }
    for (const [key, enumeration] of Object.entries(report.enums)) {
      const current = enums[key];
      enums[key] = {
        extensible: enumeration.extensible,
        values: add({ ...current?.values }, enumeration.values),
        unknownValues: add({ ...current?.unknownValues }, enumeration.unknownValues),
      };
    }
    for (const [key, properties] of Object.entries(report.optionalProperties)) {
      optionalProperties[key] = add({ ...optionalProperties[key] }, properties);
    }
  }
  return { operations, enums, optionalProperties };
}

export interface CoverageLine {
  readonly operation: string;
  readonly category: "statuses" | "headers" | "enum values" | "optional properties";
  readonly seen: readonly string[];
  readonly unseen: readonly string[];
}

/**
 * Per operation: declared responses seen (by key, with the actual codes), headers, and — for the
 * schemas keyed by spec file — enum values and optional properties.
 */
export function coverageLines(coverage: CoverageReport): CoverageLine[] {
  const lines: CoverageLine[] = [];
  for (const [operation, op] of Object.entries(coverage.operations)) {
    const statuses = Object.entries(op.responses).map(([key, r]) => {
      const codes = Object.keys(r.statuses).filter((code) => (r.statuses[code] ?? 0) > 0);
      return {
        name: key === "default" && codes.length > 0 ? `default(${codes.join(",")})` : key,
        seen: r.checked > 0,
      };
    });
    lines.push(split(operation, "statuses", statuses));
    const headers = Object.entries(op.responses).flatMap(([key, r]) =>
      Object.entries(r.headers).map(([name, n]) => ({ name: `${key} ${name}`, seen: n > 0 })),
    );
    if (headers.length > 0) lines.push(split(operation, "headers", headers));
  }
  const bySpec = (key: string) => key.split("#")[0] ?? key;
  const specs = new Set(
    [...Object.keys(coverage.enums), ...Object.keys(coverage.optionalProperties)].map(bySpec),
  );
  for (const spec of specs) {
    const enumValues = Object.entries(coverage.enums)
      .filter(([key]) => bySpec(key) === spec)
      .flatMap(([, e]) =>
        Object.entries(e.values).map(([value, n]) => ({ name: value, seen: n > 0 })),
      );
    if (enumValues.length > 0) lines.push(split(spec, "enum values", enumValues));
    const optional = Object.entries(coverage.optionalProperties)
      .filter(([key]) => bySpec(key) === spec)
      .flatMap(([key, props]) =>
        Object.entries(props).map(([name, n]) => ({
          name: `${key.split("/").pop() ?? key}.${name}`,
          seen: n > 0,
        })),
      );
    if (optional.length > 0) lines.push(split(spec, "optional properties", optional));
  }
  return lines;
}

function split(
  operation: string,
  category: CoverageLine["category"],
  items: readonly { name: string; seen: boolean }[],
): CoverageLine {
  return {
    operation,
    category,
    seen: items.filter((i) => i.seen).map((i) => i.name),
    unseen: items.filter((i) => !i.seen).map((i) => i.name),
  };
}

function add(into: Counts, from: Readonly<Counts>): Counts {
  for (const [key, n] of Object.entries(from)) into[key] = (into[key] ?? 0) + n;
  return into;
}
