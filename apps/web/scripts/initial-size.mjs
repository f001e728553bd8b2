/**
 * Prints the JavaScript the first page loads, gzipped: the entry script of dist/index.html and every chunk it
 * preloads. Lazy pages (the movement screen, charts, coach pages) are not counted; they load when visited.
 * Usage: `npm run size -w @hipcheck/web` after `npm run build -w @hipcheck/web`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = join(import.meta.dirname, "..", "dist");
const html = readFileSync(join(dist, "index.html"), "utf8");
const scripts = [
  ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
].map((match) => match[1]);
let rawBytes = 0;
let gzipBytes = 0;
for (const path of new Set(scripts)) {
  const source = readFileSync(join(dist, path));
  rawBytes += source.length;
  gzipBytes += gzipSync(source, { level: 9 }).length;
  console.log(
    `${path}  ${(source.length / 1024).toFixed(1)} kB, gzip ${(gzipSync(source, { level: 9 }).length / 1024).toFixed(1)} kB`,
  );
}
console.log(
  `initial JS: ${(rawBytes / 1024).toFixed(1)} kB raw, ${(gzipBytes / 1024).toFixed(1)} kB gzipped (${String(new Set(scripts).size)} files)`,
);
