// The load generator of the emulator benchmark, in a process of its own (neither the bench's nor
// a server's), kept for the whole section: each message { url, connections, seconds, headers }
// is one autocannon run, answered with a summary. Exits on "close" or when the parent goes away.
import autocannon from "autocannon";

process.on("message", async (m) => {
  if (m === "close") process.exit(0);
  const { url, connections, seconds, headers } = m;
  try {
    const r = await autocannon({ url, connections, duration: seconds, headers, pipelining: 1 });
    process.send({
      requests: r.requests.total,
      seconds: r.duration,
      perSecond: r.requests.total / r.duration,
      p50: r.latency.p50,
      p99: r.latency.p99,
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx: r.non2xx,
    });
  } catch (error) {
    process.send({ error: String(error?.stack ?? error) });
  }
});
process.on("disconnect", () => process.exit(0));
process.send({ ready: true });
