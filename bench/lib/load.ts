import autocannon from "autocannon";

export interface LoadTarget {
  name: string;
  url: string;
  method?: "GET" | "PATCH" | "POST" | "PUT";
  cookie?: string;
  headers?: Record<string, string>;
  body?: () => string;
}

export interface LoadResult {
  name: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/** Waits until the server answers at once again, so one measurement's backlog does not bleed into the next. */
export async function settle(baseUrl: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const began = performance.now();
    await fetch(`${baseUrl}/health`).catch(() => null);
    if (performance.now() - began < 20) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Drives one route with autocannon for `seconds`, recording every response time for exact
 * percentiles, after a second of the same load that is not recorded: a process's first requests
 * run before the JIT has compiled their path.
 */
export async function measure(
  target: LoadTarget,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  await drive(target, connections, WARM_UP_SECONDS);
  return drive(target, connections, seconds);
}

const WARM_UP_SECONDS = 1;

async function drive(
  target: LoadTarget,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const times: number[] = [];
  let errors = 0;
  const headers: Record<string, string> = {
    "content-type": "application/json",
    ...target.headers,
  };
  if (target.cookie) headers.cookie = target.cookie;
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const options: autocannon.Options = {
    url: target.url,
    method: target.method ?? "GET",
    connections,
    duration: seconds,
    headers,
    ...(target.body
      ? { requests: [{ setupRequest: (req) => ({ ...req, body: target.body?.() }) }] }
      : {}),
  };
  const instance = autocannon(options, (error, result) => (error ? fail(error) : finish(result)));
  instance.on(
    "response",
    (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      times.push(responseTime);
      if (statusCode >= 400) errors += 1;
    },
  );
  const result = await done;
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return {
    name: target.name,
    connections,
    requestsPerSecond: result.requests.average,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors: errors + result.errors + result.timeouts,
  };
}
