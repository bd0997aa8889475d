import { AzureLogger, getLogLevel, setLogLevel, type AzureLogLevel } from "@azure/logger";

/** Captures everything @azure/logger prints at verbose level while the file's tests run. */
export function captureLogs(): () => string {
  const lines: string[] = [];
  let previousLog: typeof AzureLogger.log;
  let previousLevel: AzureLogLevel | undefined;
  beforeAll(() => {
    previousLog = AzureLogger.log;
    previousLevel = getLogLevel();
    setLogLevel("verbose");
    AzureLogger.log = (...args: unknown[]) => {
      lines.push(args.map((a) => (typeof a === "string" ? a : safeString(a))).join(" "));
    };
  });
  afterAll(() => {
    AzureLogger.log = previousLog;
    setLogLevel(previousLevel);
  });
  return () => lines.join("\n");
}

function safeString(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
