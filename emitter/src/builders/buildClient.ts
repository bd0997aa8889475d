import { clientFileBase, clientOptionsName, uniqueIdentifiers, userAgentInfo } from "../naming.js";
import type { ClientModel, Credential, GeneratedFile } from "../model/types.js";
import { withHeader } from "./header.js";
import { typeText } from "./typeText.js";

function credentialType(c: Credential): string | undefined {
  switch (c.kind) {
    case "none":
      return undefined;
    case "key":
      return "KeyCredential";
    case "token":
      return "TokenCredential";
    case "keyOrToken":
      return "TokenCredential | KeyCredential";
  }
}

function credentialOptions(c: Credential): string {
  const lines: string[] = [];
  if (c.kind === "token" || c.kind === "keyOrToken") {
    lines.push(`scopes: options.credentials?.scopes ?? ${JSON.stringify(c.scopes)},`);
  }
  if (c.kind === "key" || c.kind === "keyOrToken") {
    lines.push(
      `apiKeyHeaderName: options.credentials?.apiKeyHeaderName ?? ${JSON.stringify(c.headerName)},`,
    );
  }
  return lines.length ? `credentials: {\n${lines.join("\n")}\n},\n` : "";
}

// Names createClient's body declares, which a host parameter must not shadow.
const FACTORY_NAMES = [
  "credentials",
  "options",
  "apiVersion",
  "endpointUrl",
  "userAgentInfo",
  "userAgentPrefix",
  "client",
];

// Appends the client's api-version unless the request URL already carries one, as
// @autorest/typescript does (core-client's own policy would override a per-call value). The
// value is encoded: it is the caller's option, and nothing else guards the query.
const API_VERSION_POLICY = `client.pipeline.removePolicy({ name: "ApiVersionPolicy" });
  client.pipeline.addPolicy({
    name: "ClientApiVersionPolicy",
    sendRequest: (req, next) => {
      // Use the apiVersion defined in request url directly
      // Append one if there is no apiVersion and we have one at client options
      const url = new URL(req.url);
      if (!url.searchParams.get("api-version") && apiVersion) {
        req.url = \`\${req.url}\${
          Array.from(url.searchParams.keys()).length > 0 ? "&" : "?"
        }api-version=\${encodeURIComponent(apiVersion)}\`;
      }

      return next(req);
    },
  });
`;

// core-client sends an object body as JSON whatever the content type; a form operation's body
// must go out as name=value pairs, so this policy re-encodes it (arrays as repeated fields).
const FORM_POLICY = `client.pipeline.addPolicy({
    name: "FormUrlEncodedBodyPolicy",
    sendRequest: (req, next) => {
      const contentType = req.headers.get("content-type") ?? "";
      if (
        contentType.startsWith("application/x-www-form-urlencoded") &&
        typeof req.body === "string" &&
        req.body.startsWith("{")
      ) {
        const form = new URLSearchParams();
        const fields = JSON.parse(req.body) as Record<string, unknown>;
        for (const [name, value] of Object.entries(fields)) {
          for (const item of Array.isArray(value) ? value : [value]) {
            if (item !== undefined && item !== null) form.append(name, String(item));
          }
        }
        req.body = form.toString();
      }
      return next(req);
    },
  });
`;

/** `<clientName>.ts`: the `createClient` factory and its options interface. */
export function buildClient(model: ClientModel): GeneratedFile {
  const name = model.clientName;
  const cred = credentialType(model.credential);
  const ids = uniqueIdentifiers(
    model.hostParameters.map((p) => p.name),
    FACTORY_NAMES,
  );
  const hostArgs = model.hostParameters.map((p, i) => ({
    id: ids[i]!,
    wire: p.name,
    // As in @autorest/typescript: a host enum is always the literal union, extensible or not.
    type:
      p.type.kind === "enum"
        ? p.type.values.map((v) => JSON.stringify(v)).join(" | ")
        : typeText(p.type, "input"),
    description: p.description,
  }));
  const endpoint = hostArgs.reduce(
    (t, p) => t.split(`{${p.wire}}`).join(`\${${p.id}}`),
    model.hostTemplate,
  );
  const paramDocs = [
    ...hostArgs.map((p) => ` * @param ${p.id} - ${(p.description ?? "").split("\n").join(" ")}`),
    ...(cred ? [" * @param credentials - uniquely identify client credential"] : []),
    " * @param options - the parameter for all optional parameters",
  ].join("\n");
  const signature = [
    ...hostArgs.map((p) => `${p.id}: ${p.type}`),
    ...(cred ? [`credentials: ${cred}`] : []),
    model.apiVersion !== undefined
      ? `{ apiVersion = ${JSON.stringify(model.apiVersion)}, ...options }: ${clientOptionsName(name)} = {}`
      : `options: ${clientOptionsName(name)} = {}`,
  ].join(",\n");
  const authImports = cred ? cred.split(" | ").sort() : [];
  const hasFormBody = model.operations.some((op) => op.body?.encodings.includes("urlencoded"));
  const optionsBody =
    model.apiVersion !== undefined
      ? "/** The api version option of the client */\napiVersion?: string;\n"
      : "";
  const content = `import { getClient, type ClientOptions } from "@azure-rest/core-client";
import { logger } from "./logger.js";
${authImports.length ? `import type { ${authImports.join(", ")} } from "@azure/core-auth";\n` : ""}import type { ${name} } from "./clientDefinitions.js";

/** The optional parameters for the client */
export interface ${clientOptionsName(name)} extends ClientOptions {
${optionsBody}}

/**
 * Initialize a new instance of \`${name}\`
${paramDocs}
 */
export default function createClient(
${signature},
): ${name} {
  const endpointUrl = options.endpoint ?? options.baseUrl ?? \`${endpoint}\`;
  const userAgentInfo = \`${userAgentInfo(model.packageName, model.packageVersion)}\`;
  const userAgentPrefix =
    options.userAgentOptions && options.userAgentOptions.userAgentPrefix
      ? \`\${options.userAgentOptions.userAgentPrefix} \${userAgentInfo}\`
      : \`\${userAgentInfo}\`;
  options = {
    ...options,
    userAgentOptions: {
      userAgentPrefix,
    },
    loggingOptions: {
      logger: options.loggingOptions?.logger ?? logger.info,
    },
    ${credentialOptions(model.credential)}
  };
  const client = getClient(endpointUrl, ${cred ? "credentials, " : ""}options) as ${name};

  ${model.apiVersion !== undefined ? API_VERSION_POLICY : ""}${hasFormBody ? FORM_POLICY : ""}
  return client;
}
`;
  return { path: `${clientFileBase(name)}.ts`, content: withHeader(content) };
}
