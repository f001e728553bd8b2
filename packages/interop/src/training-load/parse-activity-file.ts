/**
 * One entry point for the activity files runners and cyclists already have. The file kind comes from the name's
 * extension and is then checked against the content; anything wrong gives a clear error and nothing else happens
 * (the function is pure: it reads bytes and returns values). A file gzipped as Strava's bulk export keeps them
 * (`ride.fit.gz`, `run.gpx.gz`) is unpacked first, never beyond the size a file may have (decision 0925).
 */
import { gunzipSync } from "node:zlib";
import { err, hipError, ok, type HipError, type Result } from "@hipcheck/core";
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

const GZIP_EXTENSION = /\.gz$/i;

/** A gzip stream starts with these two bytes (RFC 1952). */
function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The file inside a `.gz`, unpacked to at most `ACTIVITY_FILE_BYTES_MAX` bytes, or why it cannot be. */
function gunzipped(bytes: Uint8Array, fileName: string): Result<Uint8Array, HipError> {
  if (!isGzip(bytes)) {
    return err(hipError("invalid-input", `"${fileName}" is not a gzip file, though its name ends in .gz.`));
  }
  try {
    return ok(new Uint8Array(gunzipSync(bytes, { maxOutputLength: ACTIVITY_FILE_BYTES_MAX })));
  } catch (error) {
    const tooLarge =
      error instanceof RangeError || (error as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE";
    return err(
      tooLarge
        ? hipError(
            "payload-too-large",
            `"${fileName}" unpacks to more than ${ACTIVITY_FILE_BYTES_MAX / 1024 / 1024} MiB.`,
          )
        : hipError(
            "invalid-input",
            `"${fileName}" is a damaged gzip file (cut short?): nothing could be read.`,
          ),
    );
  }
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
  const packed = GZIP_EXTENSION.test(fileName.trim());
  const kind = kindOf(fileName.trim().replace(GZIP_EXTENSION, ""));
  if (kind === undefined) {
    return err(
      hipError(
        "unsupported-media",
        `"${fileName}" is not a .fit, .gpx or .tcx activity file (nor one of them gzipped: .fit.gz, .gpx.gz, .tcx.gz).`,
        "fileName",
      ),
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
  const unpacked = packed ? gunzipped(bytes, fileName) : ok(bytes);
  if (!unpacked.ok) return unpacked;
  if (unpacked.value.length === 0) return err(hipError("invalid-input", `"${fileName}" is empty.`));
  const parsed = PARSERS[kind](unpacked.value, options);
  if (parsed.ok) return parsed;
  return err({ ...parsed.error, message: `${fileName}: ${parsed.error.message}` });
}
