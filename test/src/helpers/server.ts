import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo, Socket } from "node:net";

/** What a test server saw of one request. */
export interface SeenRequest {
  method: string;
  /** Raw request target, as sent on the wire (path + query). */
  target: string;
  headers: Record<string, string | string[] | undefined>;
}

/** One scripted answer. `reset` destroys the socket; `hang` never answers. */
export type Answer =
  | { status: number; headers?: Record<string, string>; body?: unknown; raw?: string }
  | "reset"
  | "hang";

export interface TestServer {
  readonly url: string;
  readonly origin: string;
  readonly requests: SeenRequest[];
  /** Answers, in order; the last one repeats once the list runs out. */
  script(answers: Answer[]): void;
  close(): Promise<void>;
}

/** A real node:http server on 127.0.0.1, port 0, answering from a script. */
export async function startServer(tls?: { key: string; cert: string }): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  let answers: Answer[] = [{ status: 500, body: { error: { code: "NoScript", message: "" } } }];
  const sockets = new Set<Socket>();
  const handler = (request: IncomingMessage, response: ServerResponse) => {
    requests.push({
      method: request.method ?? "",
      target: request.url ?? "",
      headers: { ...request.headers },
    });
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    if (answer === "hang") return;
    if (answer === "reset") {
      request.socket.destroy();
      return;
    }
    const headers: Record<string, string> = { ...answer.headers };
    let text = "";
    if (answer.raw !== undefined) text = answer.raw;
    else if (answer.body !== undefined) {
      text = JSON.stringify(answer.body);
      headers["content-type"] ??= "application/json";
    }
    response.writeHead(answer.status, headers);
    response.end(text);
  };
  const server = tls ? createHttpsServer(tls, handler) : createHttpServer(handler);
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `${tls ? "https" : "http"}://127.0.0.1:${port}`;
  return {
    url: origin,
    origin,
    requests,
    script(next) {
      answers = [...next];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/** Starts a fresh server per test and closes it after; returns a getter. */
export function useServer(tls?: () => { key: string; cert: string }): () => TestServer {
  let server: TestServer | undefined;
  beforeEach(async () => {
    server = await startServer(tls?.());
  });
  afterEach(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error("server not started");
    return server;
  };
}
