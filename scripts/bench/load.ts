// One autocannon run against a URL, summarised. Every run asks for gzip like a browser does, so the
// app and the static twin answer with the same compression.
import autocannon from 'autocannon';

export type Load = { requestsPerSecond: number; medianMs: number; p99Ms: number; requests: number; failures: number };

export const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

export async function load(url: string, options: { seconds: number; connections: number; paths?: () => string; headers?: Record<string, string> }): Promise<Load> {
  const { seconds, connections, paths } = options;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { ...BROWSER_HEADERS, ...options.headers },
    ...(paths ? { requests: [{ setupRequest: (request: Record<string, unknown>) => ({ ...request, path: paths() }) }] } : {}),
  });
  return {
    requestsPerSecond: result.requests.average,
    medianMs: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}
