import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Config } from "../config";

export interface Secrets {
  authSecret: string;
}

/** Secrets come from the environment, or are generated once and kept in the data folder. */
export function loadSecrets(config: Config): Secrets {
  if (config.secret) return { authSecret: config.secret };
  const file = path.join(config.dataDir, "secrets.json");
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as Secrets;
  const secrets: Secrets = { authSecret: randomBytes(32).toString("base64url") };
  fs.mkdirSync(config.dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: "wx" });
  return secrets;
}
