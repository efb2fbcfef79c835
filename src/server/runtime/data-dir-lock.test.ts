import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "./data-dir-lock";

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-lock-"));
  dirs.push(dir);
  return dir;
};
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid;

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the data-folder lock", () => {
  it("refuses a folder that a live process holds, and leaves its lock in place", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "keel.lock"), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(fs.readFileSync(path.join(dir, "keel.lock"), "utf8")).toBe(String(process.ppid));
    expect(fs.readdirSync(dir)).toEqual(["keel.lock"]);
  });

  it("takes over the lock of a process that is gone", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "keel.lock"), String(deadPid()));
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, "keel.lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, "keel.lock"))).toBe(false);
  });

  it("refuses a second lock from the same process", () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(/Another Keel/);
    release();
  });
});
