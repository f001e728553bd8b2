import { createRequire } from "node:module";
import { dirname } from "node:path";
import * as tf from "@tensorflow/tfjs-core";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";

let started: Promise<void> | undefined;

async function start(): Promise<void> {
  const wasmDir = dirname(createRequire(import.meta.url).resolve("@tensorflow/tfjs-backend-wasm"));
  setWasmPaths(`${wasmDir}/`);
  if (!(await tf.setBackend("wasm"))) throw new Error("The TFJS WebAssembly backend could not start.");
  await tf.ready();
}

/**
 * Starts TFJS on its WebAssembly backend (SIMD) from the .wasm files of the installed npm package; nothing is
 * fetched. Safe to call many times.
 */
export function initNodeBackend(): Promise<void> {
  started ??= start();
  return started;
}
