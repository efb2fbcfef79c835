import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("localhost"),
  KEEL_DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres://")
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(4),
  KEEL_PUBLIC_URL: z.url().optional(),
  KEEL_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Keel <no-reply@keel.localhost>"),
  KEEL_DKIM_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, "must be a domain name such as example.org")
    .optional(),
  KEEL_DKIM_SELECTOR: z
    .string()
    .regex(/^[a-z0-9._-]+$/i, "must be a DNS label such as keel2026")
    .optional(),
  KEEL_DKIM_PRIVATE_KEY: z.string().min(1).optional(),
  KEEL_DKIM_PRIVATE_KEY_FILE: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  KEEL_DEMO: z.enum(["true", "false"]).default("true"),
  KEEL_WORK_MAIL_DELAY_SECONDS: z.coerce.number().int().min(0).max(86_400).default(120),
  KEEL_PDF_FONTS: z.string().min(1).optional(),
  KEEL_TRUST_PROXY: z
    .string()
    .trim()
    .regex(
      /^(true|false|\d{1,2}|[\da-fA-F.:/]+(\s*,\s*[\da-fA-F.:/]+)*)$/,
      "must be true, false, a number of proxies, or a comma-separated list of proxy addresses or CIDR ranges",
    )
    .optional(),
});

export interface Config {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  publicUrl: string;
  secret: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Signs outgoing mail with DKIM when the domain, selector and private key are given. */
  dkim: DkimConfig | undefined;
  logLevel: string;
  demo: boolean;
  /** How long after assigning work its mail waits, so that work assigned together is one mail. */
  workMailDelaySeconds: number;
  /** A folder of further fonts for PDFs (Chinese, Japanese, Korean), tried after Keel's own. */
  pdfFontsDir: string | undefined;
  /**
   * Whose X-Forwarded-For/-Host/-Proto to believe, as Fastify's trustProxy takes it: false
   * (nobody, the default), a hop count, the proxies' addresses, or true (the headers whole).
   */
  trustProxy: boolean | number | string[];
}

export interface DkimConfig {
  domainName: string;
  keySelector: string;
  /** PEM. */
  privateKey: string;
}

export const ENVIRONMENT_HELP: [string, string][] = [
  ["PORT", "port to serve on (3000)"],
  ["HOST", "address to bind (localhost; 0.0.0.0 for every interface)"],
  ["KEEL_DATA_DIR", "folder of the embedded database and generated secrets (./data)"],
  ["DATABASE_URL", "postgres://... to use a PostgreSQL server instead of the embedded database"],
  [
    "DATABASE_POOL_SIZE",
    "connections each Keel process keeps to the PostgreSQL server (4; about twice its cores)",
  ],
  ["KEEL_PUBLIC_URL", "address people reach Keel at, used in mailed links (http://localhost:PORT)"],
  [
    "KEEL_SECRET",
    "session signing secret, 32+ characters (generated into the data folder if unset; required in production with DATABASE_URL)",
  ],
  ["SMTP_URL", "smtp://user:pass@host:587 to send mail; without it mail is held in the outbox"],
  ["MAIL_FROM", "sender of Keel's mail (Keel <no-reply@keel.localhost>)"],
  [
    "KEEL_DKIM_DOMAIN",
    "sign mail with DKIM as this domain, MAIL_FROM's (unset: mail is not signed)",
  ],
  ["KEEL_DKIM_SELECTOR", "the DKIM selector: the public key is at <selector>._domainkey.<domain>"],
  ["KEEL_DKIM_PRIVATE_KEY", "the DKIM private key (PEM)"],
  ["KEEL_DKIM_PRIVATE_KEY_FILE", "or the path of a file holding that key"],
  ["LOG_LEVEL", "fatal, error, warn, info, debug, trace or silent (info)"],
  ["KEEL_DEMO", "false to skip the demo practice on the first start (true)"],
  [
    "KEEL_WORK_MAIL_DELAY_SECONDS",
    "seconds a client's mail about assigned work waits, so that work assigned together is one mail (120)",
  ],
  [
    "KEEL_PDF_FONTS",
    "folder of .ttf or .otf fonts that PDFs use for letters Keel's own fonts lack, such as Chinese, Japanese or Korean (none)",
  ],
  [
    "KEEL_TRUST_PROXY",
    "behind a reverse proxy, believe its X-Forwarded-For/-Host/-Proto: 1 (one proxy in front), a number of proxies, their addresses or CIDR ranges comma-separated, or true (the headers whole: only if the proxy overwrites them). Unset: believe no one",
  ],
  ["NODE_ENV", "production for JSON logs and Secure cookies (development)"],
];

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Keel cannot start, the environment is invalid:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const config: Config = {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.KEEL_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    publicUrl: (e.KEEL_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    secret: e.KEEL_SECRET,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    dkim: dkimOf(e),
    logLevel: e.LOG_LEVEL,
    demo: e.KEEL_DEMO === "true",
    workMailDelaySeconds: e.KEEL_WORK_MAIL_DELAY_SECONDS,
    pdfFontsDir: e.KEEL_PDF_FONTS ? path.resolve(e.KEEL_PDF_FONTS) : undefined,
    trustProxy: trustProxyOf(e.KEEL_TRUST_PROXY),
  };
  requireProductionSecrets(config);
  return config;
}

function dkimOf(e: z.infer<typeof envSchema>): DkimConfig | undefined {
  const given = [
    e.KEEL_DKIM_DOMAIN,
    e.KEEL_DKIM_SELECTOR,
    e.KEEL_DKIM_PRIVATE_KEY ?? e.KEEL_DKIM_PRIVATE_KEY_FILE,
  ];
  if (given.every((value) => value === undefined)) return undefined;
  if (!e.KEEL_DKIM_DOMAIN || !e.KEEL_DKIM_SELECTOR || given[2] === undefined)
    throw new ConfigError(
      "Keel cannot start: DKIM needs KEEL_DKIM_DOMAIN, KEEL_DKIM_SELECTOR and KEEL_DKIM_PRIVATE_KEY (or KEEL_DKIM_PRIVATE_KEY_FILE) together",
    );
  const privateKey = e.KEEL_DKIM_PRIVATE_KEY ?? readKeyFile(e.KEEL_DKIM_PRIVATE_KEY_FILE as string);
  if (!privateKey.includes("PRIVATE KEY-----"))
    throw new ConfigError("Keel cannot start: the DKIM private key is not a PEM private key");
  return { domainName: e.KEEL_DKIM_DOMAIN, keySelector: e.KEEL_DKIM_SELECTOR, privateKey };
}

function readKeyFile(file: string): string {
  try {
    return readFileSync(path.resolve(file), "utf8");
  } catch {
    throw new ConfigError(`Keel cannot start: KEEL_DKIM_PRIVATE_KEY_FILE cannot be read (${file})`);
  }
}

function trustProxyOf(value: string | undefined): Config["trustProxy"] {
  if (value === undefined || value === "false") return false;
  if (value === "true") return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(",").map((address) => address.trim());
}

function requireProductionSecrets(config: Config): void {
  if (config.env !== "production" || !config.databaseUrl) return;
  const missing: string[] = [];
  if (!config.secret)
    missing.push(
      "KEEL_SECRET (a random string of 32+ characters, the same for every Keel process)",
    );
  if (missing.length > 0) {
    throw new ConfigError(
      `Keel refuses to start in production on a database server without its secrets. Missing:\n  ${missing.join("\n  ")}`,
    );
  }
}
