import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTypingPause } from "./typing-pause";

describe("createTypingPause", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("passes text on once the typing pauses, with its latest value only", () => {
    const sent: [string, string][] = [];
    const typing = createTypingPause((key, text) => sent.push([key, text]), 800);
    typing.write("comment:start", "Shar");
    vi.advanceTimersByTime(500);
    typing.write("comment:start", "Share plans earlier");
    vi.advanceTimersByTime(799);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([["comment:start", "Share plans earlier"]]);
    vi.advanceTimersByTime(5_000);
    expect(sent).toHaveLength(1);
  });

  it("flush passes on everything held at once, and nothing twice", () => {
    const sent: [string, string][] = [];
    const typing = createTypingPause((key, text) => sent.push([key, text]), 800);
    typing.write("comment:start", "More context");
    typing.write("comment:stop", "Less email");
    typing.flush();
    expect(sent).toEqual([
      ["comment:start", "More context"],
      ["comment:stop", "Less email"],
    ]);
    vi.advanceTimersByTime(1_000);
    expect(sent).toHaveLength(2);
  });

  it("flush of one key leaves the others to their pause", () => {
    const sent: string[] = [];
    const typing = createTypingPause((key) => sent.push(key), 800);
    typing.write("comment:start", "a");
    typing.write("comment:stop", "b");
    typing.flush("comment:stop");
    expect(sent).toEqual(["comment:stop"]);
    vi.advanceTimersByTime(800);
    expect(sent).toEqual(["comment:stop", "comment:start"]);
  });
});
