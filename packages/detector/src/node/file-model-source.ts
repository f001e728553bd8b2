import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type * as tf from "@tensorflow/tfjs-core";
import type { ModelSource } from "../pose-estimator.js";

/** Where scripts/fetch-models.mjs installs the model files: packages/detector/models/. */
export const DEFAULT_MODELS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "models");

type ModelJson = {
  readonly modelTopology: object;
  readonly format?: string;
  readonly generatedBy?: string;
  readonly convertedBy?: string | null;
  readonly signature?: object;
  readonly userDefinedMetadata?: Record<string, object>;
  readonly modelInitializer?: object;
  readonly weightsManifest: readonly {
    readonly paths: readonly string[];
    readonly weights: tf.io.WeightsManifestEntry[];
  }[];
};

/**
 * Reads a TFJS graph model (model.json and its weight files) from a local folder. `@tensorflow/tfjs-node`, whose
 * `file://` handler would do this, cannot be installed here (its install script downloads a native library).
 */
export function fileModelSource(modelsDir: string = DEFAULT_MODELS_DIR): ModelSource {
  return (modelFileName) => ({
    load: () => {
      const json = JSON.parse(readFileSync(join(modelsDir, modelFileName), "utf8")) as ModelJson;
      const weightFiles = json.weightsManifest.flatMap((group) =>
        group.paths.map((path) => readFileSync(join(modelsDir, path))),
      );
      const weightData = new Uint8Array(weightFiles.reduce((total, file) => total + file.byteLength, 0));
      let offset = 0;
      for (const file of weightFiles) {
        weightData.set(file, offset);
        offset += file.byteLength;
      }
      const artifacts: tf.io.ModelArtifacts = {
        modelTopology: json.modelTopology,
        weightSpecs: json.weightsManifest.flatMap((group) => group.weights),
        weightData: weightData.buffer,
        ...(json.format === undefined ? {} : { format: json.format }),
        ...(json.signature === undefined ? {} : { signature: json.signature }),
        ...(json.userDefinedMetadata === undefined ? {} : { userDefinedMetadata: json.userDefinedMetadata }),
        ...(json.modelInitializer === undefined ? {} : { modelInitializer: json.modelInitializer }),
      };
      return Promise.resolve(artifacts);
    },
  });
}
