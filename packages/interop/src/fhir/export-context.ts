/**
 * What every resource of one export shares: the person, the language of the texts, and how resource ids are made.
 * Ids are UUIDs derived from the person's id and the resource's own key (name-based, RFC 9562 §5.5 style, SHA-1),
 * so they are unique per person and export after export the same: a re-export updates, two people never collide.
 */
import { createHash } from "node:crypto";
import type { Lang } from "@hipcheck/core";

export type ExportContext = {
  readonly personId: string;
  readonly lang: Lang;
  /** The resource id for a key within this person's record. */
  readonly id: (key: string) => string;
  /** `urn:uuid:…` of the Patient, as references inside the bundle point at it. */
  readonly patientRef: string;
};

/** The fixed namespace HipCheck's resource UUIDs are made in. */
const NAMESPACE = "hipcheck-fhir-export";

export function uuidFor(personId: string, key: string): string {
  const bytes = createHash("sha1")
    .update(`${NAMESPACE}\u0000${personId}\u0000${key}`)
    .digest()
    .subarray(0, 16);
  // Version 5 (name-based, SHA-1) and the RFC variant bits.
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x50, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const urnOf = (id: string): string => `urn:uuid:${id}`;

export function exportContext(personId: string, lang: Lang): ExportContext {
  const id = (key: string) => uuidFor(personId, key);
  return { personId, lang, id, patientRef: urnOf(id("patient")) };
}
