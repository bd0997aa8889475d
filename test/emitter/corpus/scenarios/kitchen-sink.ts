// Type tests: every @ts-expect-error must be needed, so each one proves a type narrows or
// rejects. They compile with the corpus (tsc --strict); the call at the end runs.
import createClient, { isUnexpected } from "../../fixtures/out/kitchen-sink/index.js";
import type {
  KitchenSinkClient,
  Widget,
  WidgetOutput,
} from "../../fixtures/out/kitchen-sink/index.js";
import { json, local, type Scenario } from "./scenario.js";

declare const client: KitchenSinkClient;

export async function isUnexpectedNarrows(): Promise<string> {
  const res = await client.path("/widgets/{widgetId}", "w1").get();
  if (isUnexpected(res)) {
    // @ts-expect-error the error body has no widget fields
    void res.body.name;
    return res.body.error?.code ?? res.status;
  }
  const etag: string | undefined = res.headers.etag;
  // @ts-expect-error read-only properties of output models cannot be assigned
  res.body.id = "x";
  const created: string | undefined = res.body.createdAt;
  return `${res.body.name}${etag ?? ""}${created ?? ""}`;
}

export async function statusNarrows(): Promise<string> {
  const res = await client.path("/widgets").post({ body: { name: "a", shape: "round" } });
  if (res.status === "201") {
    // @ts-expect-error the default response (status: string) is still possible here
    void res.body.shape;
  }
  if (isUnexpected(res)) return res.status;
  if (res.status === "202") {
    // @ts-expect-error a 202 declares no body
    const body: WidgetOutput = res.body;
    void body;
    const retry: string | undefined = res.headers["retry-after"];
    return `${res.headers["operation-location"] ?? ""}${retry ?? ""}`;
  }
  const shape: "round" | "square" = res.body.shape;
  return shape;
}

export function inputsAreChecked(): void {
  // @ts-expect-error the required x-mode header is missing
  void client.path("/widgets").get({ queryParameters: { tags: ["a"] } });
  void client.path("/widgets").get({
    queryParameters: { tags: ["a"], top: 3, colors: "red", ids: "1|2" },
    headers: { "x-mode": "fast" },
  });
  // @ts-expect-error a sealed path enum rejects unknown values
  void client.path("/widgets/{widgetId}/parts/{partKind}", "w", "screw");
  // @ts-expect-error the host enum is sealed
  void createClient("west", { key: "k" });
  // @ts-expect-error read-only properties are not part of input models
  const withId: Widget = { name: "n", shape: "round", id: "x" };
  void withId;
  const full: Widget = {
    name: "n",
    shape: "square",
    nickname: null,
    size: 9007199254740991,
    color: "purple",
    labels: { a: "b" },
    dimensions: { width: 1 },
    parts: [{ name: "p", weight: 1.5 }],
  };
  void full;
  void client.path("/widgets/{widgetId}", "w").patch({
    contentType: "application/merge-patch+json",
    body: { note: "n", extra: "anything" },
  });
}

export default function scenario(): Scenario {
  return {
    serve(req) {
      if (req.path !== "/widgets" || req.method !== "POST") return undefined;
      expect(req.headers["api-key"]).toBe("k");
      return { status: 201, body: { ...json(req), id: "w1" } };
    },
    calls: {
      "creates a widget with the key credential": async (endpoint) => {
        const sink = createClient("north", { key: "k" }, local(endpoint));
        const res = await sink.path("/widgets").post({ body: { name: "a", shape: "round" } });
        if (isUnexpected(res)) throw new Error("unexpected response");
        if (res.status !== "201") throw new Error("expected 201");
        expect(res.body).toEqual({ name: "a", shape: "round", id: "w1" });
      },
    },
  };
}
