import { UnsupportedConstructError } from "../errors.js";
import { operationPointer } from "../naming.js";
import type { Model, Operation, Property } from "./types.js";

function allProperties(name: string, models: Model[]): Property[] {
  const m = models.find((x) => x.name === name);
  if (!m) return [];
  return [...m.parents.flatMap((p) => allProperties(p, models)), ...m.properties];
}

/**
 * paginate() reads `itemName` and `nextLinkName` from each page's body; a spec whose page model
 * lacks them would page wrongly at run time, so it is refused here.
 */
export function checkPaging(op: Operation, models: Model[]): void {
  if (!op.paging) return;
  const where = `${operationPointer(op)}/x-ms-pageable`;
  const ok = op.responses.find((r) => !r.isError && r.status.startsWith("2") && r.body);
  if (ok?.body?.kind !== "model") {
    throw new UnsupportedConstructError("x-ms-pageable on a response that is not an object", where);
  }
  const props = allProperties(ok.body.name, models);
  const items = props.find((p) => p.wireName === op.paging?.itemName);
  if (items?.type.kind !== "array") {
    throw new UnsupportedConstructError(
      `x-ms-pageable itemName "${op.paging.itemName}" that is not an array property of ${ok.body.name}`,
      where,
    );
  }
  const next = op.paging.nextLinkName;
  if (next !== undefined && !props.some((p) => p.wireName === next)) {
    throw new UnsupportedConstructError(
      `x-ms-pageable nextLinkName "${next}" that is not a property of ${ok.body.name}`,
      where,
    );
  }
}
