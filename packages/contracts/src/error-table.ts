import type { ErrorKind } from "@hipcheck/core";

/**
 * The one table from an expected failure's kind to what the outside world sees: the HTTP status the server
 * answers with and the exit code the `hipcheck` command ends with. Unknown exceptions are bugs: HTTP 500, exit 70.
 * Exit codes follow BSD sysexits where one fits (64 usage, 65 data, 66 no input, 69 unavailable, 70 software).
 */
export const ERROR_TABLE = {
  "invalid-input": { httpStatus: 400, exitCode: 65 },
  "not-found": { httpStatus: 404, exitCode: 66 },
  /** Also an encrypted backup restored without a private key (decision 0730); 77 = no permission. */
  unauthenticated: { httpStatus: 401, exitCode: 77 },
  /** Also an encrypted backup restored with a key it was not encrypted to (decision 0730). */
  forbidden: { httpStatus: 403, exitCode: 77 },
  conflict: { httpStatus: 409, exitCode: 75 },
  "needs-clinician": { httpStatus: 409, exitCode: 3 },
  "unsupported-media": { httpStatus: 415, exitCode: 65 },
  "payload-too-large": { httpStatus: 413, exitCode: 65 },
  "rate-limited": { httpStatus: 429, exitCode: 75 },
  unprocessable: { httpStatus: 422, exitCode: 65 },
  /** The database cannot be reached for now (restart, failover): the same request can be sent again later. */
  unavailable: { httpStatus: 503, exitCode: 69 },
  /** The account has stored what its quotas allow (decision 0341): sending again will not help; 73 = can't create. */
  "quota-exceeded": { httpStatus: 403, exitCode: 73 },
  /** An admin acts only once two-step sign-in is on (decision 0432): enrolling, not retrying, is the way on. */
  "two-step-required": { httpStatus: 403, exitCode: 77 },
} as const satisfies Record<ErrorKind, { httpStatus: number; exitCode: number }>;

export const UNEXPECTED_ERROR = { httpStatus: 500, exitCode: 70 } as const;
/** Wrong command-line usage (unknown option, missing argument): not an ErrorKind, it never crosses HTTP. */
export const USAGE_EXIT_CODE = 64;
/**
 * The database was upgraded by a newer HipCheck than the one starting (sysexits EX_CONFIG): nothing is written to
 * it, and starting again will not help, so a service manager should not restart in a loop
 * (`RestartPreventExitStatus=78`). Not an ErrorKind: it happens before any request.
 */
export const SCHEMA_NEWER_EXIT_CODE = 78;
/**
 * The backup taken before an upgrade could not be written (sysexits EX_IOERR): nothing was upgraded. Starting
 * again would dump the whole database again and fail the same way, so a service manager should not restart on it
 * either (decision 0440).
 */
export const UPGRADE_BACKUP_FAILED_EXIT_CODE = 74;

export function httpStatusOf(kind: ErrorKind): number {
  return ERROR_TABLE[kind].httpStatus;
}

export function exitCodeOf(kind: ErrorKind): number {
  return ERROR_TABLE[kind].exitCode;
}
