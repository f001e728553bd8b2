import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * Specification: the browser entry reaches only browser-safe code. Every module it imports, directly or through
 * our own files, is followed; none may be a Node built-in or one of our Node-only files.
 */
const SRC = dirname(fileURLToPath(import.meta.url));
const IMPORT = /^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)";|^\s*import\s+"([^"]+)";/gms;

function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? "";
      if (specifier.startsWith(".")) visit(resolve(dirname(file), specifier.replace(/\.js$/, ".ts")));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files, packages };
}

describe("the browser entry @hipcheck/detector/browser", () => {
  const { files, packages } = importGraph(resolve(SRC, "browser.ts"));

  it("imports no Node-only file of ours", () => {
    expect([...files].filter((file) => file.includes("/node/"))).toEqual([]);
    expect(files.has(resolve(SRC, "pose-estimator.ts"))).toBe(true);
  });

  it("imports only TFJS and the motion module, never a Node built-in", () => {
    expect([...packages].sort()).toEqual([
      "@hipcheck/motion",
      "@tensorflow/tfjs-backend-wasm",
      "@tensorflow/tfjs-backend-webgl",
      "@tensorflow/tfjs-converter",
      "@tensorflow/tfjs-core",
    ]);
  });
});
