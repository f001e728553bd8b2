import type { ApiError } from "@hipcheck/contracts";
import { err, ok } from "@hipcheck/core";
import type { Result } from "@hipcheck/core";
import { describe, expect, it } from "vitest";
import { ResourceLoader } from "./use-resource.js";
import type { ResourceLoadContext, ResourceState } from "./use-resource.js";

type Answer = Result<string, ApiError>;

/** A fake server: each call waits until the test answers it, so the order of answers is the test's to choose. */
function fakeServer() {
  const calls: {
    key: string;
    context: ResourceLoadContext<string>;
    answer: (result: Answer) => void;
    fail: (thrown: Error) => void;
  }[] = [];
  let currentKey = "";
  const load = (context: ResourceLoadContext<string>) =>
    new Promise<Answer>((resolve, reject) => {
      calls.push({ key: currentKey, context, answer: resolve, fail: reject });
    });
  const loader = new ResourceLoader<string>(load);
  const seen: ResourceState<string>[] = [];
  loader.subscribe(() => seen.push(loader.getSnapshot()));
  const start = (key: string | null, version?: unknown) => {
    currentKey = key ?? "";
    loader.start(key, version);
  };
  const call = (index: number) => {
    const found = calls[index];
    if (found === undefined) throw new Error(`no call ${index}`);
    return found;
  };
  return { loader, calls, call, seen, start };
}

const notFound: ApiError = { kind: "not-found", message: "No program with this id.", status: 404 };

/** Lets every pending promise reaction run. */
async function settle() {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

describe("a resource", () => {
  it("is loading until its answer, then ready with the value", async () => {
    const server = fakeServer();
    server.start("anna");
    expect(server.loader.getSnapshot()).toEqual({ status: "loading", key: "anna" });
    server.call(0).answer(ok("anna's program"));
    await settle();
    expect(server.loader.getSnapshot()).toEqual({
      status: "ready",
      key: "anna",
      value: "anna's program",
      refreshing: false,
    });
  });

  it("keeps a failure as the error the server sent, so the page can word it", async () => {
    const server = fakeServer();
    server.start("anna");
    server.call(0).answer(err(notFound));
    await settle();
    expect(server.loader.getSnapshot()).toEqual({ status: "failed", key: "anna", error: notFound });
  });

  it("drops the answer for an old key and aborts its run", async () => {
    const server = fakeServer();
    server.start("anna");
    server.start("bruno");
    expect(server.call(0).context.signal.aborted).toBe(true);
    expect(server.call(1).context.signal.aborted).toBe(false);
    // Bruno's answer comes first, Anna's late one after it: only Bruno's is shown.
    server.call(1).answer(ok("bruno's program"));
    server.call(0).answer(ok("anna's program"));
    await settle();
    expect(server.loader.getSnapshot()).toMatchObject({
      status: "ready",
      key: "bruno",
      value: "bruno's program",
    });
    expect(server.seen.map((state) => state.status === "ready" && state.value)).not.toContain(
      "anna's program",
    );
  });

  it("drops an answer arriving after the component has gone", async () => {
    const server = fakeServer();
    server.start("anna");
    server.loader.stop();
    expect(server.call(0).context.signal.aborted).toBe(true);
    const before = server.seen.length;
    server.call(0).answer(ok("anna's program"));
    await settle();
    expect(server.seen).toHaveLength(before);
    expect(server.loader.getSnapshot()).toEqual({ status: "loading", key: "anna" });
  });

  it("keeps the shown value while reloading, then shows the new one", async () => {
    const server = fakeServer();
    server.start("anna");
    server.call(0).answer(ok("week 1"));
    await settle();
    server.loader.reload();
    expect(server.loader.getSnapshot()).toEqual({
      status: "ready",
      key: "anna",
      value: "week 1",
      refreshing: true,
    });
    server.call(1).answer(ok("week 2"));
    await settle();
    expect(server.loader.getSnapshot()).toEqual({
      status: "ready",
      key: "anna",
      value: "week 2",
      refreshing: false,
    });
  });

  it("retries after a failure, showing loading meanwhile", async () => {
    const server = fakeServer();
    server.start("anna");
    server.call(0).answer(err({ kind: "internal", message: "Failed to fetch", status: 0 }));
    await settle();
    server.loader.reload();
    expect(server.loader.getSnapshot()).toEqual({ status: "loading", key: "anna" });
    server.call(1).answer(ok("anna's program"));
    await settle();
    expect(server.loader.getSnapshot()).toMatchObject({ status: "ready", value: "anna's program" });
  });

  it("refreshes on a new version of the same key without blanking, but a new key starts from loading", async () => {
    const server = fakeServer();
    server.start("anna", 1);
    server.call(0).answer(ok("3 logs"));
    await settle();
    server.start("anna", 1);
    expect(server.calls).toHaveLength(1);
    server.start("anna", 2);
    expect(server.loader.getSnapshot()).toEqual({
      status: "ready",
      key: "anna",
      value: "3 logs",
      refreshing: true,
    });
    server.call(1).answer(ok("4 logs"));
    await settle();
    server.start("bruno", 2);
    expect(server.loader.getSnapshot()).toEqual({ status: "loading", key: "bruno" });
  });

  it("shows the device's copy early, then the server's answer", async () => {
    const server = fakeServer();
    server.start("anna");
    server.call(0).context.early("device copy");
    expect(server.loader.getSnapshot()).toEqual({
      status: "ready",
      key: "anna",
      value: "device copy",
      refreshing: true,
    });
    server.call(0).answer(ok("server copy"));
    await settle();
    expect(server.loader.getSnapshot()).toMatchObject({ value: "server copy", refreshing: false });
  });

  it("ignores an early value from a run that was dropped", () => {
    const server = fakeServer();
    server.start("anna");
    server.start("bruno");
    server.call(0).context.early("anna's device copy");
    expect(server.loader.getSnapshot()).toEqual({ status: "loading", key: "bruno" });
  });

  it("shows a loader that throws as a failure rather than losing it", async () => {
    const server = fakeServer();
    server.start("anna");
    server.call(0).fail(new Error("IndexedDB is closed"));
    await settle();
    expect(server.loader.getSnapshot()).toMatchObject({
      status: "failed",
      error: { kind: "internal", message: "IndexedDB is closed" },
    });
  });

  it("is idle with no key, and a null key aborts the run in flight", () => {
    const server = fakeServer();
    server.start(null);
    expect(server.loader.getSnapshot()).toEqual({ status: "idle" });
    expect(server.calls).toHaveLength(0);
    server.start("anna");
    server.start(null);
    expect(server.call(0).context.signal.aborted).toBe(true);
    expect(server.loader.getSnapshot()).toEqual({ status: "idle" });
  });
});
