import { APIS, type ApiDescriptor } from "../apis.js";
import { clientInfoOf, type ClientInfo } from "../client/client-info.js";
import { InvalidArgumentError } from "../errors/invalid-argument-error.js";
import { describe } from "../safety/describe.js";

/** The client's API and settings; refuses anything not made by this package's factories. */
export function checkClient(client: unknown): { info: ClientInfo; api: ApiDescriptor } {
  const info = clientInfoOf(client);
  if (info === undefined || !(info.api in APIS)) {
    throw new InvalidArgumentError(
      "client",
      "a client from createDatasetOperationsClient or createDataRegistryOperationsClient",
      describe(client),
    );
  }
  return { info, api: APIS[info.api] };
}
