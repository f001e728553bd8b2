import { ERROR_KINDS } from "@hipcheck/core";
import type { HipError } from "@hipcheck/core";
import { z } from "zod";

/** The error kinds a client can meet: the domain's, plus `internal` for a server fault (HTTP 500). */
export const API_ERROR_KINDS = [...ERROR_KINDS, "internal"] as const;
export type ApiErrorKind = (typeof API_ERROR_KINDS)[number];

/**
 * Every failed request answers with this body, whatever the route: `kind` for programs, `message` for people
 * (what is wrong and how to fix it), `field` (dotted path) when one input field is at fault.
 */
export const ErrorBodySchema = z.object({
  error: z.object({
    kind: z.enum(API_ERROR_KINDS),
    message: z.string(),
    field: z.string().optional(),
    /** Structured detail for programs, e.g. the red-flag screen behind a `needs-clinician` answer. */
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export function toErrorBody(error: HipError): ErrorBody {
  return {
    error: {
      kind: error.kind,
      message: error.message,
      ...(error.field === undefined ? {} : { field: error.field }),
      ...(error.details === undefined ? {} : { details: error.details }),
    },
  };
}
