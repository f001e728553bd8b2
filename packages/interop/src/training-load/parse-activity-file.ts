/**
 * One entry point for the activity files runners and cyclists already have. The file kind comes from the name's
 * extension and is then checked against the content; anything wrong gives a clear error and nothing else happens
 * (the function is pure: it reads bytes and returns values).
 */
import { err, hipError, type HipError, type Result } from "@hipcheck/core";
import { parseFit } from "./parse-fit.js";
import { parseGpx } from "./parse-gpx.js";
import { parseTcx } from "./parse-tcx.js";
import { isKnownTimeZone } from "./activity-date.js";
import type { ActivityFileKind, ActivityReadOptions, RecordedActivity } from "./recorded-activity.js";

/** 32 MiB: a 10-hour TCX at one point per second is about 15 MB; FIT files are far smaller. */
export const ACTIVITY_FILE_BYTES_MAX = 32 * 1024 * 1024;

const PARSERS: Readonly<
  Record<
    ActivityFileKind,
    (bytes: Uint8Array, options: ActivityReadOptions) => Result<RecordedActivity[], HipError>
  >
> = {
  fit: parseFit,
  gpx: parseGpx,
  tcx: parseTcx,
};

function kindOf(fileName: string): ActivityFileKind | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  return extension === "fit" || extension === "gpx" || extension === "tcx" ? extension : undefined;
}

export function parseActivityFile(
  bytes: Uint8Array,
  fileName: string,
  options: ActivityReadOptions = {},
): Result<RecordedActivity[], HipError> {
  if (options.timeZone !== undefined && !isKnownTimeZone(options.timeZone)) {
    return err(
      hipError(
        "invalid-input",
        `"${options.timeZone}" is not a known time zone (Europe/Paris, …).`,
        "timeZone",
      ),
    );
  }
  const kind = kindOf(fileName);
  if (kind === undefined) {
    return err(
      hipError("unsupported-media", `"${fileName}" is not a .fit, .gpx or .tcx activity file.`, "fileName"),
    );
  }
  if (bytes.length === 0) return err(hipError("invalid-input", `"${fileName}" is empty.`));
  if (bytes.length > ACTIVITY_FILE_BYTES_MAX) {
    return err(
      hipError(
        "payload-too-large",
        `"${fileName}" is larger than ${ACTIVITY_FILE_BYTES_MAX / 1024 / 1024} MiB.`,
      ),
    );
  }
  const parsed = PARSERS[kind](bytes, options);
  if (parsed.ok) return parsed;
  return err({ ...parsed.error, message: `${fileName}: ${parsed.error.message}` });
}
