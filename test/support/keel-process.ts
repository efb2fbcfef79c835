import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const READY = "Keel is ready at";
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;

/** Variables a test run may carry (vitest sets NODE_ENV=test) that must not leak into Keel. */
const KEEL_VARIABLES = [
  "NODE_ENV",
  "PORT",
  "HOST",
  "KEEL_DATA_DIR",
  "DATABASE_URL",
  "KEEL_PUBLIC_URL",
  "KEEL_SECRET",
  "SMTP_URL",
  "MAIL_FROM",
  "LOG_LEVEL",
  "KEEL_DEMO",
  "KEEL_WORK_MAIL_DELAY_SECONDS",
];

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface KeelOptions {
  /** KEEL_DATA_DIR; leave out with DATABASE_URL. */
  dataDir?: string;
  /** Added to (or, when undefined, removed from) the defaults KEEL_DEMO=false, LOG_LEVEL=warn. */
  env?: Record<string, string | undefined>;
  args?: string[];
  /** Options for node itself, e.g. --cpu-prof. */
  nodeArgs?: string[];
  /** The script to run instead of Keel's main: the built bundle, a benchmark's ceiling server. */
  entry?: string;
  /** The folder to run in (the repository's unless given): an installed copy's own. */
  cwd?: string;
}

export interface KeelProcess {
  /** http://127.0.0.1:<port>; also the default KEEL_PUBLIC_URL. */
  url: string;
  port: number;
  pid: number;
  /** Resolves once Keel printed "Keel is ready"; rejects with the output if it exits or takes 60 s. */
  ready: Promise<void>;
  exited: Promise<Exit>;
  stdout(): string;
  stderr(): string;
  /** SIGTERM, then wait for the exit (SIGKILL after 20 s). */
  stop(): Promise<Exit>;
  /** SIGKILL, then wait for the exit. */
  kill(): Promise<Exit>;
}

const running = new Set<KeelProcess>();

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Spawns `node --import tsx src/server/main.ts` without waiting for it to be ready. */
export async function launchKeel(options: KeelOptions = {}): Promise<KeelProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of KEEL_VARIABLES) delete env[name];
  Object.assign(env, {
    PORT: String(port),
    HOST: "127.0.0.1",
    KEEL_PUBLIC_URL: url,
    KEEL_DEMO: "false",
    LOG_LEVEL: "warn",
    ...(options.dataDir ? { KEEL_DATA_DIR: options.dataDir } : {}),
  });
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const child = spawn(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      // TypeScript runs through tsx; a built bundle (.js) runs as it is.
      ...(options.entry?.endsWith(".js") ? [] : ["--import", "tsx"]),
      options.entry ?? "src/server/main.ts",
      ...(options.args ?? []),
    ],
    { cwd: options.cwd ?? REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<Exit>((resolve) => {
    child.once("close", (code, signal) => resolve({ code, signal }));
  });
  const describe = () => `--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`;

  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`Keel was not ready after ${START_TIMEOUT_MS / 1000} s\n${describe()}`));
    }, START_TIMEOUT_MS);
    // Ready when it says so, or (quiet production logs say nothing) when /health answers.
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(poll);
      child.stdout?.off("data", check);
      resolve();
    };
    const check = () => {
      if (stdout.includes(READY)) done();
    };
    const poll = setInterval(() => {
      fetch(`${url}/health`).then(
        (r) => r.ok && done(),
        () => {},
      );
    }, 250);
    child.stdout?.on("data", check);
    void exited.then((exit) => {
      clearTimeout(timer);
      clearInterval(poll);
      reject(
        new Error(`Keel exited (${exit.code ?? exit.signal}) before it was ready\n${describe()}`),
      );
    });
  });
  ready.catch(() => {}); // a caller waiting on `exited` alone must not see an unhandled rejection

  const keel: KeelProcess = {
    url,
    port,
    pid: child.pid ?? -1,
    ready,
    exited,
    stdout: () => stdout,
    stderr: () => stderr,
    stop: () => terminate(child, exited, describe),
    async kill() {
      if (isRunning(child)) child.kill("SIGKILL");
      return exited;
    },
  };
  running.add(keel);
  void exited.then(() => running.delete(keel));
  return keel;
}

/** Spawns Keel and waits until it is ready. */
export async function startKeel(options: KeelOptions = {}): Promise<KeelProcess> {
  const keel = await launchKeel(options);
  await keel.ready;
  return keel;
}

/** Waits for a Keel that must not start to exit; fails at once, with its output, if it gets ready. */
export async function exitWithoutStarting(keel: KeelProcess): Promise<Exit> {
  const started = await keel.ready.then(
    () => true,
    () => false,
  );
  if (started) {
    throw new Error(`Keel started but should have exited\n${keel.stdout()}\n${keel.stderr()}`);
  }
  return keel.exited;
}

/** Stops (or, if that hangs, kills) every Keel this module started that is still running. */
export async function stopAllKeels(): Promise<void> {
  await Promise.allSettled([...running].map((keel) => keel.stop()));
}

const tempDirs: string[] = [];

/** A fresh folder, removed again by cleanUpKeels. */
export function makeTempDir(prefix = "keel-process-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Stops every Keel still running and removes every folder made by makeTempDir. */
export async function cleanUpKeels(): Promise<void> {
  await stopAllKeels();
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

async function terminate(child: ChildProcess, exited: Promise<Exit>, describe: () => string) {
  if (!isRunning(child)) return exited;
  child.kill("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), STOP_TIMEOUT_MS);
  });
  const result = await Promise.race([exited, late]);
  clearTimeout(timer);
  if (result !== "late") return result;
  child.kill("SIGKILL");
  await exited;
  throw new Error(`Keel did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM\n${describe()}`);
}

export interface HttpResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A cookie-keeping JSON client over fetch; `at` reuses the same cookies against another address. */
export class KeelClient {
  constructor(
    readonly baseUrl: string,
    readonly cookies = new Map<string, string>(),
  ) {}

  at(baseUrl: string): KeelClient {
    return new KeelClient(baseUrl, this.cookies);
  }

  get<T = any>(pathname: string): Promise<HttpResponse<T>> {
    return this.request<T>("GET", pathname);
  }

  post<T = any>(pathname: string, body?: unknown): Promise<HttpResponse<T>> {
    return this.request<T>("POST", pathname, body);
  }

  async request<T>(method: string, pathname: string, body?: unknown): Promise<HttpResponse<T>> {
    const headers: Record<string, string> = {};
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    }
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(new URL(pathname, this.baseUrl), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = cookie.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === "" || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)))
        this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    const json = response.headers.get("content-type")?.includes("json") && text;
    return {
      status: response.status,
      body: (json ? JSON.parse(text) : text) as T,
      headers: response.headers,
    };
  }
}

let accounts = 0;

/** Sign-up details for a fresh coach. */
export function newCoach() {
  accounts += 1;
  const tag = `${process.pid}-${Date.now()}-${accounts}`;
  return {
    name: "Casey Coach",
    email: `coach-${tag}@example.test`,
    password: "correct horse battery",
    practiceName: "Harbour Coaching",
  };
}
