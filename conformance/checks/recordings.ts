/**
 * Recordings: exchanges captured from a server (nock's definition format), checked against the
 * specs without any network. A recording file is either this package's format (`definitions`
 * plus the `expectedViolations` its check must find) or a bare array of nock definitions, which
 * must show no violation. Every file must also be free of credentials.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { LiveExchange } from "../live/records.js";
import { findCredentialLeaks, recordedHeaders, type RecordedExchange } from "../live/recording.js";
import { redactUrl } from "../live/redact.js";
import { createOperationMatcher } from "../live/routes.js";
import type { ExpectedViolation } from "../mutations/index.js";
import type { CheckContext } from "./context.js";
import { expectNone, expectViolations } from "./expect.js";
import type { Check, CheckGroup } from "./runner.js";

interface RecordingFile {
  readonly definitions: readonly RecordedExchange[];
  readonly expectedViolations: readonly ExpectedViolation[];
}

export function recordingsGroup(
  context: CheckContext,
  files: readonly string[],
  secrets: readonly string[],
): CheckGroup {
  if (files.length === 0) {
    return { name: "recordings", skipped: "no recording was given", checks: [] };
  }
  const match = createOperationMatcher(context.validator.operations());
  const checks: Check[] = files.flatMap((file): Check[] => {
    const name = path.basename(file);
    let text = "";
    let recording: RecordingFile | undefined;
    let loadError: string | undefined;
    try {
      text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
      recording = parseRecording(JSON.parse(text));
    } catch (error) {
      loadError = `cannot read ${file}: ${(error as Error).message}`;
    }
    return [
      {
        name: `${name} holds no credential`,
        run: () => {
          if (loadError !== undefined) assert.fail(loadError);
          expectNone(findCredentialLeaks(text, secrets), "credential(s) in the recording");
        },
      },
      {
        name: `${name}: exactly the expected violations`,
        run: () => {
          if (recording === undefined) assert.fail(loadError ?? `cannot read ${file}`);
          // A recording that holds nothing would pass while checking nothing.
          if (recording.definitions.length === 0) assert.fail(`${file} holds no exchange`);
          const exchanges = recording.definitions.map((d) => checkExchange(context, match, d));
          context.record(`recordings: ${name}`, exchanges, recording.expectedViolations.length > 0);
          expectNone(
            exchanges.filter((e) => e.outcome !== "validated").map((e) => `${e.method} ${e.url}`),
            "exchange(s) no operation of the specs serves",
          );
          expectViolations(
            exchanges.flatMap((e) => e.violations),
            recording.expectedViolations,
          );
        },
      },
    ];
  });
  return { name: "recordings", checks };
}

function parseRecording(value: unknown): RecordingFile {
  if (Array.isArray(value))
    return { definitions: value as RecordedExchange[], expectedViolations: [] };
  if (
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as RecordingFile).definitions)
  ) {
    const file = value as Partial<RecordingFile> & { definitions: RecordedExchange[] };
    return { definitions: file.definitions, expectedViolations: file.expectedViolations ?? [] };
  }
  throw new Error("expected an array of nock definitions or an object with `definitions`");
}

function checkExchange(
  context: CheckContext,
  match: ReturnType<typeof createOperationMatcher>,
  definition: RecordedExchange,
): LiveExchange {
  const method = String(definition.method ?? "GET").toUpperCase();
  const rawUrl = `${String(definition.scope)}${String(definition.path)}`;
  const url = redactUrl(rawUrl);
  const status = Number(definition.status ?? 200);
  const operation = match(method, rawUrl);
  if (operation === undefined) {
    return { method, url, operation, status, outcome: "unmatched", violations: [] };
  }
  const response = definition.response;
  // A parsed body as it is: the validator copies it within its depth and size limits, where
  // JSON.stringify would overflow the stack on a deep one.
  const body = response === undefined || response === "" ? undefined : response;
  const violations = context.validator
    .validateResponse({
      operationId: operation,
      status,
      headers: recordedHeaders(definition),
      body,
    })
    .violations.map((v) => ({ ...v, method, url }));
  return { method, url, operation, status, outcome: "validated", violations };
}
