import type { ChangeSubscriber } from "../db/change-feed";
import { BoundedCache } from "../runtime/bounded-cache";
import type { Viewer } from "./viewer";

/** A session found valid in the database, with the person and membership it belongs to. */
export interface VerifiedSession {
  viewer: Viewer;
  expiresAt: Date;
}

interface Entry {
  session: VerifiedSession;
  verifiedAt: number;
}

/** The channel of the triggers on sessions, people, memberships and practices' names. */
export const VERIFIED_SESSION_CHANGES = "keel_viewer_changes";

const CAPACITY = 20_000;
/** Checked again after this long regardless, in case a change went unannounced (a restore
 * with triggers disabled, say). */
const MAX_AGE_MS = 60_000;

/**
 * Sessions already checked against the database, so that a request need not check again.
 * Trusted only while the change feed listens: the database announces every change to a session,
 * a person, a membership or a practice's name (user:<id> or practice:<id>), and the entries it
 * concerns are dropped (docs/decisions/012).
 */
export class VerifiedSessions implements ChangeSubscriber {
  readonly #entries = new BoundedCache<string, Entry>(CAPACITY);
  #trusted = false;
  #generation = 0;

  find(token: string, now = Date.now()): VerifiedSession | undefined {
    if (!this.#trusted) return undefined;
    const entry = this.#entries.get(token);
    if (!entry) return undefined;
    if (entry.session.expiresAt.getTime() <= now || entry.verifiedAt + MAX_AGE_MS <= now) {
      this.#entries.delete(token);
      return undefined;
    }
    return entry.session;
  }

  /**
   * Runs the database check and keeps what it found, unless a change was announced meanwhile:
   * the check may have read the session before that change was committed.
   */
  async verify(
    token: string,
    check: () => Promise<VerifiedSession | undefined>,
  ): Promise<VerifiedSession | undefined> {
    const generation = this.#generation;
    const found = await check();
    if (found && this.#trusted && generation === this.#generation) {
      this.#entries.set(token, { session: found, verifiedAt: Date.now() });
    }
    return found;
  }

  forget(token: string): void {
    this.#generation += 1;
    this.#entries.delete(token);
  }

  /** Whether the change feed listens, so that what is kept here can be trusted. */
  get trusted(): boolean {
    return this.#trusted;
  }

  get size(): number {
    return this.#entries.size;
  }

  changed(payload: string): void {
    this.#generation += 1;
    const [kind, id] = payload.split(":");
    if (kind === "user") this.#entries.deleteWhere((entry) => entry.session.viewer.userId === id);
    else if (kind === "practice") {
      this.#entries.deleteWhere((entry) => entry.session.viewer.practiceId === id);
    } else this.#entries.clear();
  }

  lost(): void {
    this.#trusted = false;
    this.changed("");
  }

  resumed(): void {
    this.#trusted = true;
    this.changed("");
  }
}
