import pg from "pg";
import type { DatabaseHandle } from "./database";

/** What a change feed tells its subscriber. */
export interface ChangeSubscriber {
  /** A change was committed; the payload names what changed. */
  changed(payload: string): void;
  /** Listening stopped: changes may now go unheard. */
  lost(): void;
  /** Listening (again): anything may have changed while it was not. */
  resumed(): void;
}

export interface ChangeFeed {
  /** Resolves once every change committed before the call has reached the subscriber. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

const RECONNECT_DELAYS_MS = [100, 500, 1000, 5000];
/** A connection that died without a word (a lost network) is found within about two of these. */
const HEARTBEAT_MS = 5_000;

/**
 * Hears the notifications database triggers send on `channel`, from this process's writes and
 * every other process's. On a server a dedicated connection listens, and is opened again if it
 * drops or stops answering; the subscriber is told, since notifications sent meanwhile are lost.
 */
export async function listenForChanges(
  handle: DatabaseHandle,
  channel: string,
  subscriber: ChangeSubscriber,
): Promise<ChangeFeed> {
  if (handle.kind === "embedded") {
    // PGlite is one connection: a notification is handed over while the statement that sent it
    // is still being answered, before its caller resumes, so there is nothing to wait for.
    const stop = await handle.pglite.listen(channel, (payload) => subscriber.changed(payload));
    subscriber.resumed();
    let closed = false;
    return {
      settle: () => Promise.resolve(),
      async close() {
        if (closed) return;
        closed = true;
        subscriber.lost();
        await stop();
      },
    };
  }
  const listener = new ServerListener(handle.url, channel, subscriber);
  await listener.connect();
  return listener;
}

class ServerListener implements ChangeFeed {
  #client: pg.Client | null = null;
  #closed = false;
  #failures = 0;
  #retry: NodeJS.Timeout | undefined;
  #heartbeat: NodeJS.Timeout | undefined;
  #inFlight: Promise<void> | null = null;
  #next: Promise<void> | null = null;

  constructor(
    readonly url: string,
    readonly channel: string,
    readonly subscriber: ChangeSubscriber,
  ) {}

  /** Throws if it cannot listen: Keel does not start deaf. Later attempts retry instead. */
  async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.url,
      application_name: "keel-change-feed",
      keepAlive: true,
      query_timeout: HEARTBEAT_MS,
    });
    client.on("notification", (message) => {
      if (message.channel === this.channel) this.subscriber.changed(message.payload ?? "");
    });
    client.on("error", () => this.#gone(client));
    client.on("end", () => this.#gone(client));
    try {
      await client.connect();
      await client.query(`listen ${pg.escapeIdentifier(this.channel)}`);
    } catch (error) {
      client.end().catch(() => {});
      throw error;
    }
    if (this.#closed) {
      await client.end().catch(() => {});
      return;
    }
    this.#client = client;
    this.#failures = 0;
    this.#heartbeat = setInterval(() => void this.settle(), HEARTBEAT_MS).unref();
    this.subscriber.resumed();
  }

  /**
   * A query on the listening connection is answered only after the notifications committed
   * before it were sent on that connection. Callers that come while one runs share the next.
   */
  settle(): Promise<void> {
    if (!this.#client) return Promise.resolve();
    if (!this.#inFlight) return this.#startRoundTrip();
    this.#next ??= this.#inFlight.then(() => this.#startRoundTrip());
    return this.#next;
  }

  #startRoundTrip(): Promise<void> {
    const client = this.#client;
    const trip = (client ? client.query("select 1").then(() => {}) : Promise.resolve())
      .catch(() => {
        if (client) this.#gone(client);
      })
      .finally(() => {
        if (this.#inFlight === trip) this.#inFlight = null;
      });
    this.#inFlight = trip;
    this.#next = null;
    return trip;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#retry);
    clearInterval(this.#heartbeat);
    const client = this.#client;
    this.#client = null;
    this.subscriber.lost();
    await client?.end().catch(() => {});
  }

  #gone(client: pg.Client): void {
    if (this.#client !== client) return;
    this.#client = null;
    clearInterval(this.#heartbeat);
    this.subscriber.lost();
    client.end().catch(() => {});
    this.#scheduleRetry();
  }

  #scheduleRetry(): void {
    if (this.#closed || this.#retry) return;
    const delay = RECONNECT_DELAYS_MS[Math.min(this.#failures, RECONNECT_DELAYS_MS.length - 1)];
    this.#failures += 1;
    this.#retry = setTimeout(() => {
      this.#retry = undefined;
      this.connect().catch(() => this.#scheduleRetry());
    }, delay);
  }
}
