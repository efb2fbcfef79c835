import { generateKeyPairSync } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

const { privateKey } = generateKeyPairSync("rsa", {
  modulusLength: 1024,
  privateKeyEncoding: { type: "pkcs8", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});

const dkim = { KEEL_DKIM_DOMAIN: "keel.example", KEEL_DKIM_SELECTOR: "k2026" };

describe("DKIM signing in the environment", () => {
  it("is off unless configured", () => {
    expect(loadConfig({}).dkim).toBeUndefined();
  });

  it("takes the key whole or from a file", () => {
    expect(loadConfig({ ...dkim, KEEL_DKIM_PRIVATE_KEY: privateKey }).dkim).toEqual({
      domainName: "keel.example",
      keySelector: "k2026",
      privateKey,
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-dkim-"));
    const file = path.join(dir, "dkim.pem");
    fs.writeFileSync(file, privateKey);
    try {
      expect(loadConfig({ ...dkim, KEEL_DKIM_PRIVATE_KEY_FILE: file }).dkim?.privateKey).toBe(
        privateKey,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses to start with part of it, an unreadable file or a key that is not PEM", () => {
    expect(() => loadConfig({ KEEL_DKIM_DOMAIN: "keel.example" })).toThrow(ConfigError);
    expect(() => loadConfig({ ...dkim, KEEL_DKIM_PRIVATE_KEY_FILE: "/nowhere/dkim.pem" })).toThrow(
      /cannot be read/,
    );
    expect(() => loadConfig({ ...dkim, KEEL_DKIM_PRIVATE_KEY: "secret" })).toThrow(/PEM/);
  });
});
