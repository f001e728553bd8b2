/**
 * Activity files packed the way the apps hand them out (decisions 0925, 0926): gzipped one by one in Strava's bulk
 * export (`1234567890.fit.gz`), and zipped by Garmin Connect's "Export Original" (`1234567890.zip` holding
 * `1234567890_ACTIVITY.fit`). Nothing is unpacked beyond the size a file may have: a small archive that would
 * unpack to gigabytes is refused as it unpacks, never after.
 */
import { gunzipSync } from "node:zlib";
import { unzipSync } from "fflate";
import { err, hipError, ok, type HipError, type Result } from "@hipcheck/core";

/** 32 MiB: a 10-hour TCX at one point per second is about 15 MB; FIT files are far smaller. */
export const ACTIVITY_FILE_BYTES_MAX = 32 * 1024 * 1024;
/** What the files of one zip may unpack to in all: two files at their largest. */
export const ACTIVITY_ZIP_UNPACKED_BYTES_MAX = 2 * ACTIVITY_FILE_BYTES_MAX;
/** Entries of one zip looked at, folders and other files included: an export of a year of daily runs and more. */
export const ACTIVITY_ZIP_ENTRIES_MAX = 2_000;

const MIB = 1024 * 1024;

/** A gzip stream starts with these two bytes (RFC 1952); a zip file with "PK". */
function startsWith(bytes: Uint8Array, first: number, second: number): boolean {
  return bytes.length >= 2 && bytes[0] === first && bytes[1] === second;
}

/** The file inside a `.gz`, unpacked to at most `ACTIVITY_FILE_BYTES_MAX` bytes, or why it cannot be. */
export function gunzipped(bytes: Uint8Array, fileName: string): Result<Uint8Array, HipError> {
  if (!startsWith(bytes, 0x1f, 0x8b)) {
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
            `"${fileName}" unpacks to more than ${ACTIVITY_FILE_BYTES_MAX / MIB} MiB.`,
          )
        : hipError(
            "invalid-input",
            `"${fileName}" is a damaged gzip file (cut short?): nothing could be read.`,
          ),
    );
  }
}

/** A file taken out of a zip: its path inside the zip and its bytes. */
export type ZippedFile = { readonly name: string; readonly bytes: Uint8Array };

class ZipLimit extends Error {
  constructor(readonly problem: HipError) {
    super(problem.message);
  }
}

/**
 * The files of a zip that `wanted` picks by name (macOS's `__MACOSX/` copies and folders left out), in the order
 * of their names, or why the zip cannot be read. Each entry's unpacked size is the one its header states, checked
 * against the limits before anything is unpacked; an entry whose data unpacks to more stops at that size (fflate
 * writes into a buffer of the stated size), so the limits hold whatever the headers say.
 */
export function unzipped(
  bytes: Uint8Array,
  fileName: string,
  wanted: (name: string) => boolean,
): Result<readonly ZippedFile[], HipError> {
  if (!startsWith(bytes, 0x50, 0x4b)) {
    return err(hipError("invalid-input", `"${fileName}" is not a zip file, though its name ends in .zip.`));
  }
  let entries = 0;
  let unpackedBytes = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        entries += 1;
        if (entries > ACTIVITY_ZIP_ENTRIES_MAX) {
          throw new ZipLimit(
            hipError("payload-too-large", `"${fileName}" holds more than ${ACTIVITY_ZIP_ENTRIES_MAX} files.`),
          );
        }
        const skipped = entry.name.endsWith("/") || entry.name.startsWith("__MACOSX/") || !wanted(entry.name);
        if (skipped) return false;
        unpackedBytes += entry.originalSize;
        const limit =
          entry.originalSize > ACTIVITY_FILE_BYTES_MAX
            ? ACTIVITY_FILE_BYTES_MAX
            : unpackedBytes > ACTIVITY_ZIP_UNPACKED_BYTES_MAX
              ? ACTIVITY_ZIP_UNPACKED_BYTES_MAX
              : undefined;
        if (limit !== undefined) {
          throw new ZipLimit(
            hipError("payload-too-large", `"${fileName}" unpacks to more than ${limit / MIB} MiB.`),
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ZipLimit) return err(error.problem);
    return err(
      hipError(
        "invalid-input",
        `"${fileName}" is a zip file that cannot be read (damaged, cut short, or packed other than with deflate).`,
      ),
    );
  }
  return ok(
    Object.entries(files)
      .map(([name, content]) => ({ name, bytes: content }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  );
}
