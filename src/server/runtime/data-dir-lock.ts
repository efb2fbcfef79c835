import fs from "node:fs";
import path from "node:path";

export class DataDirLockedError extends Error {}

/**
 * The embedded database may be opened by one process only. The lock file names the holder's pid;
 * a lock whose process is gone (a crash, SIGKILL) is stale and taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "keel.lock");
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      return () => releaseLock(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readPid(file);
      if (holder !== null && isAlive(holder)) throw lockedBy(holder, dataDir);
      setAsideStaleLock(file, dataDir);
    }
  }
  throw new DataDirLockedError(`Could not lock the data folder ${dataDir}; try again.`);
}

/**
 * Moves the lock file aside atomically and looks at what was moved: two processes taking over the
 * same stale lock at once cannot both remove it, and a live holder's lock is put back.
 */
function setAsideStaleLock(file: string, dataDir: string): void {
  const aside = `${file}.${process.pid}.stale`;
  try {
    fs.renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const holder = readPid(aside);
  try {
    if (holder !== null && isAlive(holder)) {
      fs.linkSync(aside, file);
      throw lockedBy(holder, dataDir);
    }
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

function lockedBy(pid: number, dataDir: string): DataDirLockedError {
  return new DataDirLockedError(
    `Another Keel (process ${pid}) is using the data folder ${dataDir}. Stop it first, or start this one with another KEEL_DATA_DIR.`,
  );
}

function readPid(file: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function releaseLock(file: string): void {
  if (readPid(file) === process.pid) fs.rmSync(file, { force: true });
}
