/**
 * One pose model in a worker thread (decision 0470): `PoseThreads` starts one per core, each with its own TFJS
 * backend, pose model and person detector, and sends it the frames of whole segments. A segment is read after a
 * short warm-up on the frames just before it, so the model follows the body as one unbroken pass would; what a
 * segment gives does not depend on which thread read it.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createFrameWatch } from "../frame-watch.js";
import { createPeopleFinder } from "../people-finder.js";
import { createPoseEstimator } from "../pose-estimator.js";
import type { PoseModelId } from "../pose-model-id.js";
import { fileModelSource } from "./file-model-source.js";
import { initNodeBackend } from "./node-backend.js";
import type { PoseThreadReply, PoseThreadRequest } from "./pose-thread-messages.js";

export type PoseThreadSetup = {
  readonly modelId: PoseModelId;
  readonly modelsDir: string;
  /** Whether the person detector counts people (on each segment's first frame, then about once a second). */
  readonly people: boolean;
};

async function start(port: NonNullable<typeof parentPort>, setup: PoseThreadSetup): Promise<void> {
  await initNodeBackend();
  const source = fileModelSource(setup.modelsDir);
  const estimator = await createPoseEstimator(setup.modelId, source);
  const people = setup.people ? await createPeopleFinder(source) : undefined;
  const watch = createFrameWatch(estimator, people);
  // Frames are read one after the other, in the order they came: the model keeps the body box between them.
  let reading: Promise<void> = Promise.resolve();
  // Between the first warm-up frame of a segment and the segment's first frame.
  let warming = false;
  port.on("message", (request: PoseThreadRequest) => {
    reading = reading.then(async () => {
      const frame = { width: request.width, height: request.height, data: new Uint8Array(request.data) };
      try {
        if (request.role === "warms-up") {
          if (!warming) watch.reset();
          warming = true;
          await watch.read(frame, request.timeMs, request.toSourceScale);
          return;
        }
        if (request.role === "starts-clip") watch.reset();
        if (request.role === "starts-segment") watch.resume();
        warming = false;
        const watched = await watch.read(frame, request.timeMs, request.toSourceScale);
        const reply: PoseThreadReply = { kind: "read", index: request.index, ...watched };
        port.postMessage(reply);
      } catch (error) {
        const reply: PoseThreadReply = {
          kind: "failed",
          index: request.index,
          message: error instanceof Error ? error.message : String(error),
        };
        port.postMessage(reply);
      }
    });
  });
  const ready: PoseThreadReply = { kind: "ready" };
  port.postMessage(ready);
}

if (parentPort !== null) {
  const port = parentPort;
  start(port, workerData as PoseThreadSetup).catch((error: unknown) => {
    const reply: PoseThreadReply = {
      kind: "failed",
      index: -1,
      message: error instanceof Error ? error.message : String(error),
    };
    port.postMessage(reply);
  });
}
