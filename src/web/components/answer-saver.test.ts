import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Answers, SavedAnswers } from "../../contract/assessments";
import { ApiError } from "../lib/api-client";
import { createAnswerSaver } from "./answer-saver";

type Call = { answers: Answers; resolve: () => void; reject: (error: unknown) => void };

/** A fake server: each save waits until the test answers it. */
function fakeServer() {
  const calls: Call[] = [];
  const saved: Answers = {};
  const save = (answers: Answers) =>
    new Promise<SavedAnswers>((resolve, reject) => {
      calls.push({
        answers,
        resolve: () => {
          Object.assign(saved, answers);
          resolve({ status: "in_progress", answered: Object.keys(saved).length, itemCount: 50 });
        },
        reject,
      });
    });
  return { calls, saved, save };
}

const offline = () => new ApiError(0, "network_error", "We couldn't reach Keel.");

describe("createAnswerSaver", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  async function flushPromises() {
    await vi.advanceTimersByTimeAsync(0);
  }

  it("sends each answer as it is given, just that answer", async () => {
    const server = fakeServer();
    const saver = createAnswerSaver({ save: server.save });
    saver.start();
    saver.answer("E1", 4);
    expect(server.calls.map((c) => c.answers)).toEqual([{ E1: 4 }]);
    expect(saver.getState()).toMatchObject({ status: "saving", unsaved: 1 });
    server.calls[0]?.resolve();
    await flushPromises();
    expect(saver.getState()).toMatchObject({ status: "saved", unsaved: 0 });
  });

  it("sends one save at a time, so the latest answer to a statement wins", async () => {
    const server = fakeServer();
    const saver = createAnswerSaver({ save: server.save });
    saver.start();
    saver.answer("E1", 2);
    saver.answer("E1", 3);
    saver.answer("A1", 5);
    expect(server.calls).toHaveLength(1);
    server.calls[0]?.resolve();
    await flushPromises();
    expect(server.calls[1]?.answers).toEqual({ E1: 3, A1: 5 });
    server.calls[1]?.resolve();
    await flushPromises();
    expect(server.saved).toEqual({ E1: 3, A1: 5 });
    expect(saver.getState().status).toBe("saved");
  });

  it("keeps answers whose save failed and sends them again until they are saved", async () => {
    const server = fakeServer();
    const onSaved = vi.fn();
    const saver = createAnswerSaver({ save: server.save, onSaved, retryDelays: [1000, 5000] });
    saver.start();
    saver.answer("E1", 4);
    server.calls[0]?.reject(offline());
    await flushPromises();
    expect(saver.getState()).toMatchObject({ status: "retrying", unsaved: 1 });
    saver.answer("A1", 2);
    expect(server.calls[1]?.answers).toEqual({ E1: 4, A1: 2 });
    server.calls[1]?.reject(offline());
    await flushPromises();
    await vi.advanceTimersByTimeAsync(999);
    expect(server.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.calls[2]?.answers).toEqual({ E1: 4, A1: 2 });
    server.calls[2]?.resolve();
    await flushPromises();
    expect(saver.getState()).toMatchObject({ status: "saved", unsaved: 0 });
    expect(onSaved).toHaveBeenCalledWith({ status: "in_progress", answered: 2, itemCount: 50 });
  });

  it("stops retrying on a refusal that will not change, but keeps the answers for Try again", async () => {
    const server = fakeServer();
    const saver = createAnswerSaver({ save: server.save });
    saver.start();
    saver.answer("E1", 4);
    server.calls[0]?.reject(new ApiError(409, "assessment_submitted", "Submitted."));
    await flushPromises();
    expect(saver.getState()).toMatchObject({ status: "failed", unsaved: 1 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.calls).toHaveLength(1);
    saver.retryNow();
    expect(server.calls[1]?.answers).toEqual({ E1: 4 });
  });

  it("sends answers kept from before a reload once started, and reports what is unsaved", async () => {
    const server = fakeServer();
    const kept: Answers[] = [];
    const saver = createAnswerSaver({
      save: server.save,
      unsaved: { C1: 1 },
      onUnsavedChange: (unsaved) => kept.push(unsaved),
    });
    expect(saver.unsaved()).toEqual({ C1: 1 });
    saver.start();
    expect(server.calls[0]?.answers).toEqual({ C1: 1 });
    server.calls[0]?.resolve();
    await flushPromises();
    expect(kept.at(-1)).toEqual({});
  });

  it("tells a waiting submit when everything is saved, or that a save failed", async () => {
    const server = fakeServer();
    const saver = createAnswerSaver({ save: server.save });
    saver.start();
    await expect(saver.whenSaved()).resolves.toBeUndefined();
    saver.answer("E1", 4);
    const failed = saver.whenSaved();
    server.calls[0]?.reject(offline());
    await expect(failed).rejects.toBeInstanceOf(ApiError);
    const saved = saver.whenSaved();
    server.calls[1]?.resolve();
    await expect(saved).resolves.toBeUndefined();
  });

  it("treats null (a 360 survey's 'not observed') as an answer to save, not as a missing one", async () => {
    const calls: { answers: Record<string, number | null>; resolve: () => void }[] = [];
    const save = (answers: Record<string, number | null>) =>
      new Promise<void>((resolve) => calls.push({ answers, resolve }));
    const saver = createAnswerSaver<number | null, void>({ save });
    saver.start();
    saver.answer("listens", null);
    saver.answer("decides", 4);
    expect(calls[0]?.answers).toEqual({ listens: null });
    saver.answer("listens", 3);
    calls[0]?.resolve();
    await flushPromises();
    expect(calls[1]?.answers).toEqual({ decides: 4, listens: 3 });
    expect(saver.getState()).toMatchObject({ status: "saving", unsaved: 2 });
    calls[1]?.resolve();
    await flushPromises();
    expect(saver.getState()).toMatchObject({ status: "saved", unsaved: 0 });
  });

  it("sends nothing while stopped", async () => {
    const server = fakeServer();
    const saver = createAnswerSaver({ save: server.save });
    saver.answer("E1", 4);
    expect(server.calls).toHaveLength(0);
    saver.start();
    expect(server.calls).toHaveLength(1);
    saver.stop();
    server.calls[0]?.reject(offline());
    await flushPromises();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.calls).toHaveLength(1);
  });
});
