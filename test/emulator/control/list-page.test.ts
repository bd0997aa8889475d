import { DEFAULT_LIMITS } from "../../../emulator/options.js";
import type { OperationInput } from "../../../emulator/control/types.js";
import { KEY_HEADER } from "../helpers/clients.js";
import { send } from "../helpers/http.js";
import { useEmulator } from "../helpers/start.js";

const emulator = useEmulator({ seed: false });

interface Page {
  operations: { id: string }[];
  nextLink?: string;
}

async function page(url: string): Promise<{ status: number; bytes: number; body: Page }> {
  const answer = await send(url);
  return {
    status: answer.status,
    bytes: Buffer.byteLength(answer.text),
    body: JSON.parse(answer.text) as Page,
  };
}

/** Every page from `url` on, following nextLink. */
async function walk(url: string): Promise<Page[]> {
  const pages: Page[] = [];
  for (let next: string | undefined = url; next !== undefined;) {
    const { status, body } = await page(next);
    expect(status).toBe(200);
    pages.push(body);
    next = body.nextLink;
  }
  return pages;
}

/** About 61 KB of view: a long failure and the same as a warning, within the default limits. */
function largeOperation(): OperationInput {
  const error = {
    code: "InvalidDwgPackage",
    message: "x".repeat(4000),
    details: Array.from({ length: 12 }, (_, i) => ({ code: `D${i}`, message: "d".repeat(2200) })),
  };
  return { api: "dataset", outcome: { status: "Failed", error }, warning: error };
}

const list = (query = "") => `${emulator().url}/_emulator/operations${query}`;

describe("GET /_emulator/operations", () => {
  it("a listing of 998 operations of ~56 KB each (54 MB) is cut into pages of at most maxPageBytes", async () => {
    const input = largeOperation();
    for (let i = 0; i < 998; i += 1) emulator().createOperation(input);

    // Ten at once, as in the report: each costs one page, and the API answers meanwhile.
    const poll = send(emulator().operations()[0]!.url, { headers: KEY_HEADER });
    const pages = await Promise.all(Array.from({ length: 10 }, () => page(list())));
    expect((await poll).status).toBe(200);
    for (const { status, bytes, body } of pages) {
      expect(status).toBe(200);
      expect(bytes).toBeLessThanOrEqual(DEFAULT_LIMITS.maxPageBytes);
      expect(body.operations.length).toBeGreaterThan(1);
      expect(body.nextLink).toMatch(/\/_emulator\/operations\?maxpagesize=100&skipToken=\d+$/);
    }

    // The next page starts where the first one stopped.
    const [first] = pages;
    const second = await page(first!.body.nextLink!);
    const ids = emulator()
      .operations()
      .map((operation) => operation.id);
    const seen = [...first!.body.operations, ...second.body.operations].map((o) => o.id);
    expect(seen).toEqual(ids.slice(0, seen.length));
  });

  it("walking nextLink lists every operation once, in creation order", async () => {
    const ids = Array.from({ length: 7 }, () => emulator().createOperation({ api: "dataset" }).id);
    const pages = await walk(list("?maxpagesize=3"));
    expect(pages.map((p) => p.operations.length)).toEqual([3, 3, 1]);
    expect(pages.flatMap((p) => p.operations.map((o) => o.id))).toEqual(ids);
    expect(pages[2]!.nextLink).toBeUndefined();
  });

  it("operations deleted or created between pages neither shift nor repeat the others", async () => {
    const ids = Array.from({ length: 6 }, () => emulator().createOperation({ api: "dataset" }).id);
    const first = await page(list("?maxpagesize=2"));
    expect(first.body.operations.map((o) => o.id)).toEqual(ids.slice(0, 2));
    await send(list(`/${ids[1]}`), { method: "DELETE" });
    await send(list(`/${ids[2]}`), { method: "DELETE" });
    const added = emulator().createOperation({ api: "dataset" }).id;
    const rest = await walk(first.body.nextLink!);
    expect(rest.flatMap((p) => p.operations.map((o) => o.id))).toEqual([...ids.slice(3), added]);
  });

  it("a small store fits one page, without nextLink", async () => {
    emulator().createOperation({ api: "dataRegistry" });
    const { body } = await page(list());
    expect(body.operations).toHaveLength(1);
    expect(body).not.toHaveProperty("nextLink");
  });

  it.each([
    ["maxpagesize=0", /maxpagesize must be an integer from 1 to 1000/],
    ["maxpagesize=1001", /maxpagesize must be an integer from 1 to 1000/],
    ["maxpagesize=abc", /maxpagesize must be an integer/],
    ["skipToken=-1", /skipToken must be one that a nextLink of this listing gave/],
    ["skipToken=1e9", /skipToken must be one/],
  ])("refuses %s", async (query, message) => {
    const answer = await send(list(`?${query}`));
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toEqual({
      error: { code: "BadControlRequest", message: expect.stringMatching(message) },
    });
  });
});

describe("a page budget smaller than one operation", () => {
  const tiny = useEmulator({ seed: false, limits: { maxPageBytes: 100 } });

  it("still lists one operation per page, so the walk always moves on", async () => {
    const ids = Array.from({ length: 3 }, () => tiny().createOperation({ api: "dataset" }).id);
    const pages = await walk(`${tiny().url}/_emulator/operations`);
    expect(pages.map((p) => p.operations.map((o) => o.id))).toEqual(ids.map((id) => [id]));
  });
});

describe("operations() in code", () => {
  it("lists every operation without copying their error details", () => {
    const input = largeOperation();
    for (let i = 0; i < 3; i += 1) emulator().createOperation(input);
    const [a, b] = [emulator().operations(), emulator().operations()];
    expect(a).toHaveLength(3);
    // The stored details are frozen and shared: listing costs the same whatever their size.
    expect(a[0]!.outcome.error).toBe(b[0]!.outcome.error);
    expect(Object.isFrozen(a[0]!.outcome.error)).toBe(true);
  });
});
