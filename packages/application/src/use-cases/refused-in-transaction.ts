import type { HipError } from "@hipcheck/core";

/** A refusal found inside a transaction: thrown so that nothing the transaction wrote stays, then answered. */
export class RefusedInTransaction extends Error {
  constructor(readonly refusal: HipError) {
    super(refusal.message);
  }
}
