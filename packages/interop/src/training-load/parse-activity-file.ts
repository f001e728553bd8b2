/**
 * One entry point for the activity files runners and cyclists already have. The file kind comes from the name's
 * extension and is then checked against the content; anything wrong gives a clear error and nothing else happens
 * (the function is pure: it reads bytes and returns values). A file gzipped as Strava's bulk export keeps them
 * (`ride.fit.gz`) is unpacked first (decision 0925), and a zip as Garmin Connect's "Export Original" gives it is
 * read for the activity files it holds (decision 0926), never unpacked beyond the size a file may have.
 */
import { err, hipError, ok, type HipError, type Result } from "@hipcheck/core";
import { ACTIVITY_FILE_BYTES_MAX, gunzipped, unzipped } from "./activity-archives.js";
import { parseFit } from "./parse-fit.js";
import { parseGpx } from "./parse-gpx.js";
import { parseTcx } from "./parse-tcx.js";
import { isKnownTimeZone } from "./activity-date.js";
import type { ActivityFileKind, ActivityReadOptions, RecordedActivity } from "./recorded-activity.js";

export { ACTIVITY_FILE_BYTES_MAX };

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

const GZIP_EXTENSION = /\.gz$/i;
const ZIP_EXTENSION = /\.zip$/i;

function kindOf(fileName: string): ActivityFileKind | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim().replace(GZIP_EXTENSION, ""))?.[1]?.toLowerCase();
  return extension === "fit" || extension === "gpx" || extension === "tcx" ? extension : undefined;
}

/** The last part of a path inside a zip. */
function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

type Parsed = Result<RecordedActivity[], HipError>;

/** One FIT, GPX or TCX file, plain or gzipped; its name starts any error. */
function parseOne(
  bytes: Uint8Array,
  fileName: string,
  kind: ActivityFileKind,
  options: ActivityReadOptions,
): Parsed {
  const unpacked = GZIP_EXTENSION.test(fileName.trim()) ? gunzipped(bytes, fileName) : ok(bytes);
  if (!unpacked.ok) return unpacked;
  if (unpacked.value.length === 0) return err(hipError("invalid-input", `"${fileName}" is empty.`));
  const parsed = PARSERS[kind](unpacked.value, options);
  if (parsed.ok) return parsed;
  return err({ ...parsed.error, message: `${fileName}: ${parsed.error.message}` });
}

/** Every activity of every activity file in a zip, in the order of their names; one bad file refuses the zip. */
function parseZip(bytes: Uint8Array, fileName: string, options: ActivityReadOptions): Parsed {
  const files = unzipped(bytes, fileName, (name) => kindOf(baseName(name)) !== undefined);
  if (!files.ok) return files;
  if (files.value.length === 0) {
    return err(
      hipError(
        "invalid-input",
        `"${fileName}" holds no .fit, .gpx or .tcx activity file (plain or gzipped).`,
      ),
    );
  }
  const activities: RecordedActivity[] = [];
  for (const file of files.value) {
    const name = baseName(file.name);
    const read = parseOne(file.bytes, name, kindOf(name) as ActivityFileKind, options);
    if (!read.ok) return err({ ...read.error, message: `${fileName}: ${read.error.message}` });
    activities.push(...read.value);
  }
  return ok(activities);
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
  const zipped = ZIP_EXTENSION.test(fileName.trim());
  const kind = kindOf(fileName);
  if (kind === undefined && !zipped) {
    return err(
      hipError(
        "unsupported-media",
        `"${fileName}" is not a .fit, .gpx or .tcx activity file (nor one of them gzipped, .fit.gz, or zipped, .zip).`,
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
  return kind === undefined ? parseZip(bytes, fileName, options) : parseOne(bytes, fileName, kind, options);
}
