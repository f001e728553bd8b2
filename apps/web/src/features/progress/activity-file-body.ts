/**
 * An activity file as the importActivities route takes it: its name and its bytes in base64. Nothing is
 * parsed here: the server's reader decides whether the file is a good FIT, GPX or TCX file and says why not.
 */
import { ACTIVITY_IMPORT_BODY_LIMIT_BYTES } from "@hipcheck/contracts";
import type { RouteInput } from "@hipcheck/contracts";
import { err, ok } from "@hipcheck/core";
import type { Result } from "@hipcheck/core";

export type ActivityFileBody = RouteInput<"importActivities">["body"];

/** The largest file whose base64 fits the route's body limit; a larger one is refused before it is read. */
export const ACTIVITY_FILE_BYTES_MAX = Math.floor(ACTIVITY_IMPORT_BODY_LIMIT_BYTES / 4) * 3;

/** `String.fromCharCode(...bytes)` on a whole file would pass millions of arguments; slices stay below. */
const SLICE_BYTES = 0x8000;

export function base64OfBytes(bytes: Uint8Array): string {
  let binary = "";
  for (let start = 0; start < bytes.length; start += SLICE_BYTES) {
    binary += String.fromCharCode(...bytes.subarray(start, start + SLICE_BYTES));
  }
  return btoa(binary);
}

export type ActivityFileTooLarge = { readonly kind: "too-large"; readonly limitBytes: number };

export async function activityFileBody(
  file: Pick<File, "name" | "size" | "arrayBuffer">,
): Promise<Result<ActivityFileBody, ActivityFileTooLarge>> {
  if (file.size > ACTIVITY_FILE_BYTES_MAX) {
    return err({ kind: "too-large", limitBytes: ACTIVITY_FILE_BYTES_MAX });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  // The browser's own zone dates an activity whose file does not say where it was recorded.
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return ok({ fileName: file.name, contentBase64: base64OfBytes(bytes), timeZone });
}
