/**
 * Record and replay with nock (a test tool, so not in the conformance package): recording a
 * scenario against a live emulator, and replaying a recording through a real client.
 */
import nock from "nock";
import { redactDefinition } from "../../conformance/live/recording.js";

/** Starts nock's recorder (real requests still go out). Call the returned function to stop. */
export function startRecording(): (secrets: readonly string[]) => nock.Definition[] {
  nock.recorder.clear();
  nock.recorder.rec({ dont_print: true, output_objects: true, enable_reqheaders_recording: true });
  return (secrets) => {
    const definitions = nock.recorder.play() as nock.Definition[];
    nock.recorder.clear();
    nock.restore();
    return definitions.map((d) => redactDefinition(d, secrets));
  };
}

/**
 * Serves `definitions` in order from nock, with no network. Query values other than api-version
 * are not matched (they were redacted). Returns a function that says which were not used and
 * removes every interceptor.
 */
export function replay(definitions: readonly nock.Definition[]): () => string[] {
  if (!nock.isActive()) nock.activate();
  nock.disableNetConnect();
  const scopes = definitions.map((definition) => {
    const url = new URL(`${String(definition.scope)}${String(definition.path)}`);
    const apiVersion = url.searchParams.get("api-version");
    const headers = Object.fromEntries(
      Object.entries(definition.rawHeaders ?? {}).filter(
        // The reply is re-serialised: its length and framing are nock's own.
        ([name]) =>
          !["content-length", "transfer-encoding", "connection"].includes(name.toLowerCase()),
      ),
    );
    return nock(url.origin)
      .intercept(url.pathname, definition.method ?? "GET")
      .query((query) => query["api-version"] === (apiVersion ?? undefined))
      .reply(definition.status ?? 200, definition.response as nock.ReplyBody, headers);
  });
  return () => {
    const pending = scopes.flatMap((scope) => scope.pendingMocks());
    nock.cleanAll();
    nock.enableNetConnect();
    nock.restore();
    return pending;
  };
}
