import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChangeFeed, listenForChanges } from "../../src/server/db/change-feed";
import { type DatabaseHandle, rawQuery } from "../../src/server/db/database";
import { copyTemplateDatabase, databaseKinds } from "../support/test-database";

const CHANNEL = "keel_test_changes";

describe.each(databaseKinds())("the change feed on the %s database", (kind) => {
  let handle: DatabaseHandle;
  let feed: ChangeFeed;
  const heard: string[] = [];
  const events: string[] = [];

  beforeAll(async () => {
    handle = await copyTemplateDatabase(kind);
    feed = await listenForChanges(handle, CHANNEL, {
      changed: (payload) => heard.push(payload),
      lost: () => events.push("lost"),
      resumed: () => events.push("resumed"),
    });
  });

  afterAll(async () => {
    await feed.close();
    await handle.close();
  });

  const announce = (payload: string) =>
    rawQuery(handle, "select pg_notify($1, $2)", [CHANNEL, payload]);

  it("tells its subscriber that it listens", () => {
    expect(events).toEqual(["resumed"]);
  });

  it("has delivered every change committed before settle() was called, each time", async () => {
    for (let n = 0; n < 50; n++) {
      await announce(`one-${n}`);
      await feed.settle();
      expect(heard.at(-1)).toBe(`one-${n}`);
    }
  });

  it("serves many callers at once, each after the changes committed before its call", async () => {
    const settled = await Promise.all(
      Array.from({ length: 20 }, async (_, n) => {
        await announce(`many-${n}`);
        await feed.settle();
        return heard.includes(`many-${n}`);
      }),
    );
    expect(settled.every(Boolean)).toBe(true);
  });

  it("ignores other channels and stops telling once closed", async () => {
    await rawQuery(handle, "select pg_notify('keel_other_channel', 'elsewhere')");
    await feed.settle();
    expect(heard).not.toContain("elsewhere");
    await feed.close();
    expect(events.at(-1)).toBe("lost");
    await announce("after-close");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heard).not.toContain("after-close");
  });
});
