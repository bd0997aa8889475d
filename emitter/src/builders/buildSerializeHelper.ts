import type { ClientModel, GeneratedFile } from "../model/types.js";
import { withHeader } from "./header.js";

const BODY = `export function buildMultiCollection(items: string[], parameterName: string): string {
  return items
    .map((item, index) => {
      if (index === 0) {
        return item;
      }
      return \`\${parameterName}=\${item}\`;
    })
    .join("&");
}

export function buildPipeCollection(items: string[] | number[]): string {
  return items.join("|");
}

export function buildSsvCollection(items: string[] | number[]): string {
  return items.join(" ");
}

export function buildTsvCollection(items: string[] | number[]): string {
  return items.join("\\t");
}

export function buildCsvCollection(items: string[] | number[]): string {
  return items.join(",");
}
`;

/** `serializeHelper.ts`: only when a parameter is a collection the caller must serialize. */
export function buildSerializeHelper(model: ClientModel): GeneratedFile | undefined {
  const needed = model.operations.some(
    (op) =>
      op.headerParameters.some((p) => p.type.kind === "array") ||
      op.queryParameters.some((p) => p.type.kind === "array" && p.collectionFormat !== "csv"),
  );
  return needed ? { path: "serializeHelper.ts", content: withHeader(BODY) } : undefined;
}
