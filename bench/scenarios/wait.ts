import { AzureKeyCredential } from "@azure/core-auth";
import {
  startEmulator,
  WELL_KNOWN_CREDENTIALS,
  type OperationInput,
} from "../../emulator/index.js";
import {
  createDataRegistryOperationsClient,
  createDatasetOperationsClient,
  waitForOperation,
} from "../../src/index.js";
import type { BenchConfig, ScenarioResult } from "../section.js";
import { fmtNumber, fmtRatio, summarise, type Summary } from "../stats.js";

interface Timeline {
  /** The timeline's goal id. */
  goal: string;
  label: string;
  input: OperationInput;
  /** When the operation reaches its terminal state, ms after creation. */
  terminalMs: number;
  /** The delay the client is told to keep between polls (Retry-After, or intervalMs for Dataset). */
  spacingMs: number;
  intervalMs: number;
}

function timelines(quick: boolean): Timeline[] {
  const unit = quick ? 40 : 1000;
  return [
    {
      goal: "wait/data-registry-polls",
      label: `Data Registry: Running ${1.5 * unit} ms, Retry-After ${quick ? 0 : 1} s`,
      input: {
        api: "dataRegistry",
        retryAfter: quick ? 0 : 1,
        steps: [{ status: "Running", ms: 1.5 * unit }],
      },
      terminalMs: 1.5 * unit,
      spacingMs: unit,
      intervalMs: unit,
    },
    {
      goal: "wait/dataset-polls",
      label: `Dataset: NotStarted ${0.5 * unit} ms, Running ${unit} ms, no Retry-After (interval ${unit} ms)`,
      input: {
        api: "dataset",
        steps: [
          { status: "NotStarted", ms: 0.5 * unit },
          { status: "Running", ms: unit },
        ],
      },
      terminalMs: 1.5 * unit,
      spacingMs: unit,
      intervalMs: unit,
    },
  ];
}

/** Polls at t = 0, s, 2s, ... until one lands at or after the terminal time. */
const minimumPolls = (t: Timeline): number => Math.floor(t.terminalMs / t.spacingMs) + 2;

export async function benchWait(config: BenchConfig): Promise<ScenarioResult> {
  const emulator = await startEmulator({ seed: false });
  const key = new AzureKeyCredential(WELL_KNOWN_CREDENTIALS.subscriptionKey);
  const clients = {
    dataset: createDatasetOperationsClient(key, { endpoint: emulator.url }),
    dataRegistry: createDataRegistryOperationsClient(key, { endpoint: emulator.url }),
  };
  try {
    const rows: string[][] = [];
    const data: Record<string, unknown> = {};
    const measured: Record<string, Summary> = {};
    for (const t of timelines(config.quick)) {
      const polls: number[] = [];
      const lateness: number[] = [];
      // Each round lasts a few seconds of real time; three rounds show the spread.
      for (let round = 0; round < Math.min(config.rounds, 3); round += 1) {
        const created = performance.now();
        const op = emulator.createOperation(t.input);
        const options = {
          intervalInMs: t.intervalMs,
          minIntervalInMs: Math.min(t.intervalMs, 1000),
        };
        if (t.input.api === "dataset") await waitForOperation(clients.dataset, op.id, options);
        else await waitForOperation(clients.dataRegistry, op.id, options);
        lateness.push(performance.now() - created - t.terminalMs);
        polls.push(emulator.operations().find((o) => o.id === op.id)?.polls ?? Number.NaN);
      }
      const pollS = summarise(polls);
      const lateS = summarise(lateness);
      const overMinimum = summarise(polls.map((p) => p / minimumPolls(t)));
      measured[t.goal] = overMinimum;
      rows.push([
        t.label,
        fmtNumber(pollS),
        String(minimumPolls(t)),
        fmtRatio(overMinimum),
        fmtNumber(lateS),
        `${(lateS.median / t.spacingMs).toFixed(2)}`,
      ]);
      data[t.label] = {
        polls: pollS,
        minimumPolls: minimumPolls(t),
        pollsOverMinimum: overMinimum,
        terminalToReturnMs: lateS,
        spacingMs: t.spacingMs,
      };
    }
    return {
      id: "wait",
      title: "waitForOperation on scripted emulator timelines",
      columns: [
        "timeline",
        "polls made",
        "minimum the spacing allows",
        "polls / minimum",
        "terminal → return (ms)",
        "terminal → return / spacing",
      ],
      rows,
      notes: [
        "The minimum counts polls at t = 0, s, 2s, … (s = Retry-After, or the interval when there is none) until one lands after the terminal state; more would mean polling faster than asked.",
        "Terminal → return is bounded by one spacing: the helper can only see the terminal state at its next allowed poll.",
        "Polls / minimum is per round; the goal (never more polls than the spacing allows) is on its median.",
      ],
      measured,
      data,
    };
  } finally {
    await emulator.close();
  }
}
