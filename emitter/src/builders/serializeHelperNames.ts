import type { CollectionFormat } from "../model/types.js";

const HELPERS: Record<CollectionFormat, string> = {
  csv: "buildCsvCollection",
  ssv: "buildSsvCollection",
  tsv: "buildTsvCollection",
  pipes: "buildPipeCollection",
  multi: "buildMultiCollection",
};

export const serializeHelperFor = (format: CollectionFormat): string => HELPERS[format];
