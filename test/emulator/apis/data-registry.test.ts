import { getOperation } from "../helpers/clients.js";
import { useEmulator } from "../helpers/start.js";
import { specViolations, undeclaredProperties } from "../helpers/spec-validator.js";
import { realViolations } from "../helpers/real-validator.js";

const emulator = useEmulator();
const SAMPLE_ID = "0522b4fe-0539-4c6c-ba70-e35ec865d8e2";

async function poll(id: string) {
  const answer = await getOperation(emulator(), "dataRegistry", id);
  expect(specViolations("dataRegistry", answer)).toEqual([]);
  expect(undeclaredProperties("dataRegistry", answer)).toEqual([]);
  expect(realViolations("DataRegistry_GetOperation", answer)).toEqual([]);
  return answer;
}

describe("Data Registry Get Operation", () => {
  it("walks the seeded sample: Running with Retry-After 10 twice, then Completed with no extra header", async () => {
    const answers = [await poll(SAMPLE_ID), await poll(SAMPLE_ID), await poll(SAMPLE_ID)];
    expect(answers.map((a) => [a.status, a.headers["retry-after"], a.body])).toEqual([
      [200, "10", { id: SAMPLE_ID, status: "Running" }],
      [200, "10", { id: SAMPLE_ID, status: "Running" }],
      [200, undefined, { id: SAMPLE_ID, status: "Completed" }],
    ]);
    for (const answer of answers) {
      expect(answer.headers["content-type"]).toBe("application/json; charset=utf-8");
      expect(answer.headers["x-ms-error-code"]).toBeUndefined();
    }
  });

  it("sends the configured Retry-After, 0 included", async () => {
    const { id } = emulator().createOperation({ api: "dataRegistry", retryAfter: 0 });
    expect((await poll(id)).headers["retry-after"]).toBe("0");
    expect((await poll(id)).headers["retry-after"]).toBeUndefined();
  });

  it("ends a failed operation with the documented MapsErrorDetail", async () => {
    const { id } = emulator().createOperation({
      api: "dataRegistry",
      retryAfter: 0,
      steps: [{ status: "Running", polls: 2 }],
      outcome: "Failed",
    });
    await poll(id);
    await poll(id);
    const failed = await poll(id);
    expect(failed.headers["retry-after"]).toBeUndefined();
    expect(failed.body).toEqual({
      id,
      status: "Failed",
      error: { code: "InvalidData", message: "The data is not a valid GeoJSON." },
    });
  });

  it("keeps a custom error, target included", async () => {
    const error = { code: "Conflict", message: "Data already registered.", target: "udid" };
    const { id } = emulator().createOperation({
      api: "dataRegistry",
      steps: [],
      outcome: { status: "Failed", error },
    });
    expect((await poll(id)).body).toEqual({ id, status: "Failed", error });
  });

  it("ends with a rich MapsErrorDetail: target, nested details, nested innererror, as given", async () => {
    const error = {
      code: "InvalidData",
      message: "The data is not a valid GeoJSON.",
      target: "udid",
      details: [
        {
          code: "InvalidGeometry",
          message: "Feature 4 has an invalid polygon.",
          target: "features[4].geometry",
          innererror: { code: "RingNotClosed" },
          details: [{ code: "TooFewPoints", message: "A ring needs 4 points." }],
        },
      ],
      innererror: { code: "GeoJsonValidationFailed", innererror: { code: "PolygonInvalid" } },
    };
    const { id } = emulator().createOperation({
      api: "dataRegistry",
      steps: [],
      outcome: { status: "Failed", error },
    });
    expect((await poll(id)).body).toEqual({ id, status: "Failed", error });
  });
});
