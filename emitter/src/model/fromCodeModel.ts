import type { CodeModel, ConstantSchema, ObjectSchema } from "@autorest/codemodel";
import { ParameterLocation, SchemaType } from "./codeModelEnums.js";
import { NoOperationsError, UnsupportedConstructError } from "../errors.js";
import { checkPaging } from "./checkPaging.js";
import { collectModels } from "./collectModels.js";
import { toHost } from "./host.js";
import { modelTypeNames, typePrefixAvoiding } from "../naming.js";
import { toOperation } from "./operations.js";
import type { ClientModel, Credential, Operation } from "./types.js";

export interface ClientSettings {
  clientName: string;
  packageName: string;
  packageVersion: string;
}

function toCredential(model: CodeModel): Credential {
  let headerName: string | undefined;
  let scopes: string[] | undefined;
  for (const scheme of model.security.schemes ?? []) {
    const s = scheme as { type: string; name?: string; in?: string; scopes?: string[] };
    if (s.type === "Key") {
      if (s.in !== "header") {
        throw new UnsupportedConstructError(`API key in "${s.in ?? "?"}"`, "#/securityDefinitions");
      }
      headerName = s.name;
    } else if (s.type === "OAuth2") {
      scopes = s.scopes ?? [];
    }
  }
  if (headerName && scopes) return { kind: "keyOrToken", headerName, scopes };
  if (headerName) return { kind: "key", headerName };
  if (scopes) return { kind: "token", scopes };
  return { kind: "none" };
}

/** The client's default api-version: the query parameter every operation shares. */
function apiVersionOf(model: CodeModel): string | undefined {
  const p = (model.globalParameters ?? []).find(
    (g) =>
      g.language.default.serializedName === "api-version" &&
      g.protocol.http?.in === ParameterLocation.Query,
  );
  if (p?.schema.type !== SchemaType.Constant) return undefined;
  return String((p.schema as ConstantSchema).value.value);
}

/**
 * Operations that share a route and method (`x-ms-paths`: `/files/{path}` and
 * `/files/{path}?comp=lock`) are overloads of one signature, told apart by what their options
 * hold. A required query parameter with a single enum value is what routes such an operation
 * (`comp`): typed as that literal, not `string` (how an extensible enum is printed), so the
 * overload a call picks, and its response type, follow the value it sends.
 */
function pinOverloadQueries(operations: Operation[]): void {
  const byRoute = new Map<string, Operation[]>();
  for (const op of operations) {
    const key = `${op.method} ${op.path}`;
    byRoute.set(key, [...(byRoute.get(key) ?? []), op]);
  }
  for (const shared of byRoute.values()) {
    if (shared.length < 2) continue;
    for (const op of shared) {
      for (const p of op.queryParameters) {
        if (p.required && p.type.kind === "enum" && p.type.values.length === 1) {
          p.type = { kind: "constant", value: p.type.values[0]! };
        }
      }
    }
  }
}

export function fromCodeModel(model: CodeModel, settings: ClientSettings): ClientModel {
  const groups = model.operationGroups ?? [];
  const m4Operations = groups.flatMap((g) => g.operations);
  if (!m4Operations.length) {
    // Nothing to route: a client with no paths would have nothing to call.
    throw new NoOperationsError();
  }
  const operations = groups.flatMap((g) => g.operations.map((op) => toOperation(g.$key, op)));
  const objects = (model.schemas.objects ?? []) as ObjectSchema[];
  const models = collectModels(objects, operations);
  for (const op of operations) checkPaging(op, models);
  pinOverloadQueries(operations);
  const modelNames = modelTypeNames(models);
  for (const op of operations) {
    const prefix = typePrefixAvoiding(op, modelNames);
    if (prefix !== undefined) op.typePrefix = prefix;
  }
  return {
    clientName: settings.clientName,
    description: model.info.description,
    packageName: settings.packageName,
    packageVersion: settings.packageVersion,
    ...toHost(model, m4Operations),
    apiVersion: apiVersionOf(model),
    credential: toCredential(model),
    operations,
    models,
  };
}
