/**
 * Expected failures of the detector, as values. The kinds are the names of @hipcheck/core's ErrorKind (the
 * detector may import only @hipcheck/motion), so a caller can hand them on unchanged as a HipError.
 */
export type DetectorErrorKind =
  "invalid-input" | "not-found" | "unsupported-media" | "payload-too-large" | "unprocessable";

export type DetectorError = { readonly kind: DetectorErrorKind; readonly message: string };

export type DetectorResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DetectorError };

export function detected<T>(value: T): DetectorResult<T> {
  return { ok: true, value };
}

export function detectorError<T>(kind: DetectorErrorKind, message: string): DetectorResult<T> {
  return { ok: false, error: { kind, message } };
}
