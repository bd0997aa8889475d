import { getOperation } from "../helpers/clients.js";
import { manualClock, useEmulator } from "../helpers/start.js";
import { specViolations, undeclaredProperties } from "../helpers/spec-validator.js";
import { realViolations } from "../helpers/real-validator.js";
import { DATASET_RICH_ERROR } from "../../../conformance/fixtures/richErrors.js";

const clock = manualClock();
const emulator = useEmulator({ now: clock.now });
const SAMPLE_ID = "8b1288fa-1958-4a2b-b68e-13a7i5af7d7c";

async function poll(id: string) {
  const answer = await getOperation(emulator(), "dataset", id);
  expect(specViolations("dataset", answer)).toEqual([]);
  expect(undeclaredProperties("dataset", answer)).toEqual([]);
  expect(realViolations("Dataset_GetOperation", answer)).toEqual([]);
  return answer;
}

const WARNING = {
  code: "UnsupportedFeature",
  message: "Doors without a width were skipped.",
  target: "doors",
  additionalInfo: [{ type: "SkippedFeatures", info: { count: 3 } }],
};

describe("Dataset Get Operation", () => {
  it("walks the seeded sample: NotStarted, Running twice, then Succeeded with Resource-Location", async () => {
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await poll(SAMPLE_ID));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers.map((a) => (a.body as { status: string }).status)).toEqual([
      "NotStarted",
      "Running",
      "Running",
      "Succeeded",
      "Succeeded",
    ]);
    for (const answer of answers) {
      expect(answer.body).toMatchObject({
        operationId: SAMPLE_ID,
        created: "2021-04-23T19:14:03.2452596+00:00",
      });
      expect(answer.headers["content-type"]).toBe("application/json; charset=utf-8");
    }
    // "While in progress ... no extra headers"; Resource-Location only once it succeeded.
    expect(answers.slice(0, 3).map((a) => a.headers["resource-location"])).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(answers[3]?.headers["resource-location"]).toBe(
      `${emulator().url}/datasets/3e36b996-f6d1-b068-0fcb-dd6b014c3447?api-version=2.0`,
    );
    expect(answers[3]?.body).toEqual({
      operationId: SAMPLE_ID,
      created: "2021-04-23T19:14:03.2452596+00:00",
      status: "Succeeded",
    });
  });

  it("ends a failed operation with the error in the ErrorDetail shape and no Resource-Location", async () => {
    const { id } = emulator().createOperation({
      api: "dataset",
      steps: [{ status: "Running", polls: 1 }],
      outcome: { status: "Failed", error: { code: "InvalidDwgPackage", message: "No manifest." } },
    });
    expect((await poll(id)).body).toMatchObject({ status: "Running" });
    const failed = await poll(id);
    expect(failed.headers["resource-location"]).toBeUndefined();
    expect(failed.body).toEqual({
      operationId: id,
      created: expect.any(String),
      status: "Failed",
      error: { code: "InvalidDwgPackage", message: "No manifest." },
    });
  });

  it("keeps created and ids the same on every poll, in the documents' timestamp shape", async () => {
    const { id, created } = emulator().createOperation({ api: "dataset" });
    expect(created).toBe("2024-01-01T00:00:00.0000000+00:00");
    const bodies = [await poll(id), await poll(id), await poll(id)].map((a) => a.body);
    expect(bodies).toEqual([
      { operationId: id, created, status: "NotStarted" },
      { operationId: id, created, status: "Running" },
      { operationId: id, created, status: "Succeeded" },
    ]);
  });

  it("follows ms steps on the emulator's clock", async () => {
    const { id } = emulator().createOperation({
      api: "dataset",
      steps: [
        { status: "NotStarted", ms: 100 },
        { status: "Running", ms: 100 },
      ],
      resourceId: "my-dataset",
    });
    const seen = [];
    for (const step of [0, 99, 1, 99, 1]) {
      clock.advance(step);
      const answer = await poll(id);
      seen.push([(answer.body as { status: string }).status, answer.headers["resource-location"]]);
    }
    const location = `${emulator().url}/datasets/my-dataset?api-version=2.0`;
    expect(seen).toEqual([
      ["NotStarted", undefined],
      ["NotStarted", undefined],
      ["Running", undefined],
      ["Running", undefined],
      ["Succeeded", location],
    ]);
  });

  it("ends with a rich error: target, nested details and additionalInfo, as given", async () => {
    const { id } = emulator().createOperation({
      api: "dataset",
      steps: [],
      outcome: { status: "Failed", error: DATASET_RICH_ERROR },
    });
    expect((await poll(id)).body).toEqual({
      operationId: id,
      created: expect.any(String),
      status: "Failed",
      error: DATASET_RICH_ERROR,
    });
  });

  it("repeats the warning on every poll, in progress, failed or succeeded", async () => {
    const succeeded = emulator().createOperation({ api: "dataset", warning: WARNING });
    const bodies = [];
    for (let i = 0; i < 3; i += 1) bodies.push((await poll(succeeded.id)).body);
    expect(bodies.map((b) => b as { status: string; warning: unknown })).toEqual([
      expect.objectContaining({ status: "NotStarted", warning: WARNING }),
      expect.objectContaining({ status: "Running", warning: WARNING }),
      expect.objectContaining({ status: "Succeeded", warning: WARNING }),
    ]);
    const failed = emulator().createOperation({
      api: "dataset",
      steps: [],
      outcome: { status: "Failed", error: DATASET_RICH_ERROR },
      warning: { code: "W", message: "w" },
    });
    expect((await poll(failed.id)).body).toEqual({
      operationId: failed.id,
      created: expect.any(String),
      status: "Failed",
      error: DATASET_RICH_ERROR,
      warning: { code: "W", message: "w" },
    });
  });
});
