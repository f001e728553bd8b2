/**
 * Downloads a file route (PDF, .ics, FHIR JSON, CSV) as a real file. It goes through `fetch` rather than a plain
 * link so that a failure (offline, a revoked link, a coach who lost access) is shown on the page instead of being
 * saved as a file, and the bytes are kept as a blob (a PDF read as text would be corrupted).
 */
import { CSRF_HEADER, CSRF_HEADER_VALUE, ErrorBodySchema, routeHref } from "@hipcheck/contracts";
import type { ApiError, RouteInput, RouteName } from "@hipcheck/contracts";
import { err, ok } from "@hipcheck/core";
import type { Result } from "@hipcheck/core";

/** Long enough for the browser to start reading the blob; revoking it at once can cancel the download. */
const BLOB_URL_LIFETIME_MS = 60_000;

/** The name the server gave the file (`content-disposition`), or `fallback`. */
export function fileNameOf(contentDisposition: string | null, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(contentDisposition ?? "");
  return match?.[1] ?? fallback;
}

async function failureOf(response: Response): Promise<ApiError> {
  const text = await response.text();
  let payload: unknown;
  try {
    payload = JSON.parse(text) as unknown;
  } catch {
    payload = undefined;
  }
  const parsed = ErrorBodySchema.safeParse(payload);
  if (parsed.success) return { ...parsed.data.error, status: response.status };
  const message = `The server answered ${String(response.status)} without an explanation.`;
  return { kind: "internal", message, status: response.status };
}

/** Saves a blob under a file name, through a temporary link the browser treats as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, BLOB_URL_LIFETIME_MS);
}

export async function downloadRouteFile<N extends RouteName>(
  name: N,
  input: RouteInput<N>,
  fallbackFileName: string,
): Promise<Result<string, ApiError>> {
  let response: Response;
  try {
    response = await fetch(routeHref(name, input), {
      headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE },
      credentials: "same-origin",
    });
  } catch (cause) {
    return err({
      kind: "internal",
      message: `Could not reach the HipCheck server: ${String(cause)}`,
      status: 0,
    });
  }
  if (!response.ok) return err(await failureOf(response));
  const fileName = fileNameOf(response.headers.get("content-disposition"), fallbackFileName);
  saveBlob(await response.blob(), fileName);
  return ok(fileName);
}
