import { CREDENTIAL_ENV } from "./credentials.js";
import { EXIT } from "./exit-codes.js";

/** Appended to `maps-operations --help` (and each command's): credentials and exit codes. */
export const ENVIRONMENT_HELP = `
Credentials (environment variables; values are never printed):
  ${CREDENTIAL_ENV.key}   Azure Maps subscription key (header subscription-key)
  ${CREDENTIAL_ENV.sas}          SAS token (Authorization: jwt-sas <token>)
  ${CREDENTIAL_ENV.entra}          Maps account client id (x-ms-client-id), with an Entra ID
                          token from @azure/identity's DefaultAzureCredential
                          (AZURE_TENANT_ID/AZURE_CLIENT_ID/..., managed identity,
                          Azure CLI login...); needs an https endpoint
  Precedence when several are set: ${CREDENTIAL_ENV.sas}, then ${CREDENTIAL_ENV.key},
  then ${CREDENTIAL_ENV.entra}; the others are ignored with a notice on stderr.
  --auth sas|key|entra picks one explicitly. None set: exit ${EXIT.usage}, nothing sent.
  Empty values count as unset.`;

export const EXIT_CODES_HELP = `
Exit codes:
  ${EXIT.ok}    succeeded (status: also when the operation is still in progress)
  ${EXIT.operationFailed}    the operation failed (status Failed)
  ${EXIT.usage}    bad usage: bad or missing argument, no credential, or a command that
       cannot run here; nothing was sent
  ${EXIT.timeout}    wait: timed out (--timeout)
  ${EXIT.service}    authentication failed, or an unexpected answer or none (HTTP error,
       malformed body, connection failure)
  ${EXIT.interrupted}  wait or conformance: interrupted (Ctrl-C or SIGTERM)`;
