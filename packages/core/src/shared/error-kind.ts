/**
 * The one vocabulary of expected failures across HipCheck. Every layer returns one of these kinds;
 * `@hipcheck/contracts` maps each kind to an HTTP status and a CLI exit code in a single table.
 */
export const ERROR_KINDS = [
  "invalid-input",
  "not-found",
  "unauthenticated",
  "forbidden",
  "conflict",
  "needs-clinician",
  "unsupported-media",
  "payload-too-large",
  "rate-limited",
  "unprocessable",
  "unavailable",
  "quota-exceeded",
  "two-step-required",
] as const;

export type ErrorKind = (typeof ERROR_KINDS)[number];

/** A failure a person can act on: `message` says what is wrong and, where possible, how to fix it. */
export type HipError = {
  readonly kind: ErrorKind;
  readonly message: string;
  /** Dotted path of the offending field, when the failure is about one field of an input. */
  readonly field?: string;
  readonly details?: unknown;
};

export function hipError(kind: ErrorKind, message: string, field?: string): HipError {
  return field === undefined ? { kind, message } : { kind, message, field };
}
