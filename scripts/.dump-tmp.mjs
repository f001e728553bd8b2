import { readdirSync, writeFileSync } from "node:fs";
import { PHOTO_MODEL_OF, createPeopleFinder, createPoseEstimator, detectPosesInFile, fileModelSource, initNodeBackend } from "@hipcheck/detector";
import { testdataPath } from "../testdata/testdata-path.ts";
await initNodeBackend();
const out = {};
const people = await createPeopleFinder(fileModelSource());
for (const model of process.argv.slice(2)) {
  const estimator = await createPoseEstimator(model, fileModelSource());
  const photo = PHOTO_MODEL_OF[model];
  for (const file of readdirSync(testdataPath("images"))) {
    for (const withPeople of [true, false]) {
      const r = await detectPosesInFile(testdataPath(`images/${file}`), estimator, {
        ...(withPeople ? { people } : {}),
        ...(photo ? { photoEstimator: () => createPoseEstimator(photo, fileModelSource()) } : {}),
      });
      if (!r.ok) { console.log(file, r.error.message); continue; }
      out[`${model}|${withPeople ? "chosen" : "whole"}|${file}`] = { frame: r.value.frames[0], media: r.value.media, people: r.value.people, light: r.value.light };
      console.log(model, withPeople, file);
    }
  }
  estimator.dispose();
}
writeFileSync(process.env.OUT, JSON.stringify(out));
