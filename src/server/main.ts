import { parseArgs } from "node:util";
import pino from "pino";
import { type Config, ConfigError, ENVIRONMENT_HELP, loadConfig } from "./config";
import { loggableError } from "./http/loggable-error";
import { DataDirLockedError } from "./runtime/data-dir-lock";
import { type RunningKeel, startKeel } from "./start";

/** What a request's log line holds besides its message. */
const REQUEST_FIELDS = "reqId,method,url,statusCode,responseTime";

const NAME_WIDTH = Math.max(...ENVIRONMENT_HELP.map(([name]) => name.length)) + 2;

const HELP = `Keel, the leadership-coaching platform

Usage: npm start [-- options]     (or: keel [options])

Options:
  --port <n>        same as PORT
  --host <address>  same as HOST
  --data-dir <dir>  same as KEEL_DATA_DIR
  -h, --help        show this help

Environment:
${ENVIRONMENT_HELP.map(([name, text]) => `  ${name.padEnd(NAME_WIDTH)}${text}`).join("\n")}
`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      help: { type: "boolean", short: "h" },
      port: { type: "string" },
      host: { type: "string" },
      "data-dir": { type: "string" },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const env = {
    ...process.env,
    ...(values.port ? { PORT: values.port } : {}),
    ...(values.host ? { HOST: values.host } : {}),
    ...(values["data-dir"] ? { KEEL_DATA_DIR: values["data-dir"] } : {}),
  };
  const config = loadConfig(env);
  const detailed = config.logLevel === "debug" || config.logLevel === "trace";
  const logger =
    config.env === "production"
      ? // Asynchronous writes: lines that pile up while one is written go out together.
        { level: config.logLevel, stream: pino.destination({ dest: 1, sync: false }) }
      : {
          level: config.logLevel,
          transport: {
            target: "pino-pretty",
            // A request's id and fields, which its message repeats, are for following one
            // request: debug logging shows them.
            options: {
              ignore: detailed ? "pid,hostname" : `pid,hostname,${REQUEST_FIELDS}`,
              translateTime: "HH:MM:ss",
            },
          },
        };
  const started = Date.now();
  const keel = await startKeel(config, logger);
  const shutdown = async (signal: string) => {
    keel.app.log.info({ signal }, "stopping");
    await keel.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  const startupMs = Date.now() - started;
  await logWritten(keel);
  announce(config, keel, startupMs);
}

/** The log goes through a worker thread: the banner waits for what start-up logged, to end it. */
function logWritten(keel: RunningKeel): Promise<void> {
  const log = keel.app.log as unknown as pino.Logger;
  return new Promise((resolve) => log.flush(() => resolve()));
}

/** In production the log is the only output, one JSON object a line; people get a banner. */
function announce(config: Config, keel: RunningKeel, startupMs: number): void {
  const where = config.databaseUrl ? "PostgreSQL server" : `embedded database in ${config.dataDir}`;
  const ready = `Keel is ready at ${config.publicUrl}`;
  if (config.env === "production") {
    keel.app.log.info({ publicUrl: config.publicUrl, database: where, startupMs }, ready);
    return;
  }
  const lines = [`\n${ready} (${where}, ${startupMs} ms)`];
  const demo = keel.demo;
  if (demo && demo.logins.length > 0) {
    lines.push(
      demo.created
        ? "\nA demo practice was created. Sign in as:"
        : "\nThe demo practice is here. Sign in as (unless a password was changed):",
    );
    const roleWidth = Math.max(...demo.logins.map((login) => login.role.length));
    const emailWidth = Math.max(...demo.logins.map((login) => login.email.length));
    for (const login of demo.logins)
      lines.push(
        `  ${login.role.padEnd(roleWidth)}  ${login.email.padEnd(emailWidth)}  ${login.password}`,
      );
  }
  console.log(`${lines.join("\n")}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message);
  } else {
    console.error("Keel failed to start:", loggableError(error));
  }
  process.exit(1);
});
