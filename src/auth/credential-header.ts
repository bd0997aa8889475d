import type { PipelineRequest, PipelineResponse, SendRequest } from "@azure/core-rest-pipeline";

/**
 * Sends with a credential header, then takes it off the request whether the send succeeded or
 * threw: the request object is handed back (`response.request`, a `RestError`'s `request`), and
 * logging it must not print the secret. In the Sign phase, so each retry attempt sets it again.
 */
export async function sendWithHeader(
  request: PipelineRequest,
  next: SendRequest,
  name: string,
  value: string,
): Promise<PipelineResponse> {
  request.headers.set(name, value);
  try {
    return await next(request);
  } finally {
    request.headers.delete(name);
  }
}
