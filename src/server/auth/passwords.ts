import { hash, verify } from "@node-rs/argon2";

// Algorithm.Argon2id; the enum is a const enum that isolated modules cannot read.
const ARGON2ID = 2;

// OWASP's argon2id baseline: 19 MiB of memory, two passes, one lane.
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export function verifyPassword({ hash: encoded, password }: { hash: string; password: string }) {
  return verify(encoded, password).catch(() => false);
}
