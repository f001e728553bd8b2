/**
 * The FHIR R4 shapes HipCheck writes: a small, typed subset of the specification (hl7.org/fhir/R4). The zod
 * schemas check what `importFhirBundle` reads back; other fields are allowed and ignored, as FHIR readers should.
 */
import { z } from "zod";

export type Coding = { readonly system: string; readonly code: string; readonly display?: string };
export type CodeableConcept = { readonly coding?: readonly Coding[]; readonly text?: string };
export type Reference = { readonly reference: string };
export type Quantity = {
  readonly value: number;
  readonly unit: string;
  readonly system: string;
  readonly code: string;
};
export type Annotation = { readonly text: string };
export type Identifier = { readonly system: string; readonly value: string };
/** Every resource may say the language of its texts (BCP 47). */
type Base = { readonly language?: string; readonly identifier?: readonly Identifier[] };
export type Period = { readonly start: string; readonly end: string };

export type Patient = Base & {
  readonly resourceType: "Patient";
  readonly id: string;
  readonly name?: readonly { readonly text: string }[];
  readonly gender?: "male" | "female" | "other" | "unknown";
  readonly communication: readonly { readonly language: CodeableConcept; readonly preferred: boolean }[];
};

export type Condition = Base & {
  readonly resourceType: "Condition";
  readonly id: string;
  readonly clinicalStatus: CodeableConcept;
  readonly verificationStatus: CodeableConcept;
  readonly category: readonly CodeableConcept[];
  readonly code: CodeableConcept;
  readonly bodySite: readonly CodeableConcept[];
  readonly subject: Reference;
  readonly recordedDate: string;
  /** Who says the person has it: for HipCheck always the Patient, since nothing here is a clinician's finding. */
  readonly asserter: Reference;
  readonly evidence: readonly { readonly detail: readonly Reference[] }[];
  readonly note: readonly Annotation[];
};

export type CarePlanActivity = {
  readonly detail: {
    readonly code: CodeableConcept;
    readonly status: "scheduled" | "completed" | "stopped";
    readonly scheduledPeriod?: Period;
    readonly scheduledString?: string;
    readonly description: string;
  };
};

export type CarePlan = Base & {
  readonly resourceType: "CarePlan";
  readonly id: string;
  readonly status: "active";
  readonly intent: "plan";
  readonly title: string;
  readonly description: string;
  readonly subject: Reference;
  readonly period: Period;
  readonly created: string;
  readonly activity: readonly CarePlanActivity[];
  readonly supportingInfo: readonly Reference[];
  readonly note: readonly Annotation[];
};

export type ObservationComponent = {
  readonly code: CodeableConcept;
  readonly valueInteger?: number;
  readonly valueQuantity?: Quantity;
  readonly valueString?: string;
  readonly valueCodeableConcept?: CodeableConcept;
  readonly valueTime?: string;
};

export type Observation = Base & {
  readonly resourceType: "Observation";
  readonly id: string;
  readonly status: "final";
  readonly category: readonly CodeableConcept[];
  readonly code: CodeableConcept;
  readonly subject: Reference;
  readonly effectiveDateTime: string;
  readonly valueInteger?: number;
  readonly valueBoolean?: boolean;
  readonly valueString?: string;
  readonly valueQuantity?: Quantity;
  readonly method?: CodeableConcept;
  readonly bodySite?: CodeableConcept;
  readonly component?: readonly ObservationComponent[];
  readonly note?: readonly Annotation[];
};

export type QuestionnaireAnswer = {
  readonly valueBoolean?: boolean;
  readonly valueInteger?: number;
  readonly valueDecimal?: number;
  readonly valueString?: string;
};

export type QuestionnaireItem = {
  readonly linkId: string;
  readonly text?: string;
  readonly answer?: readonly QuestionnaireAnswer[];
  readonly item?: readonly QuestionnaireItem[];
};

export type QuestionnaireResponse = Omit<Base, "identifier"> & {
  readonly resourceType: "QuestionnaireResponse";
  readonly id: string;
  /** One identifier only, in R4. */
  readonly identifier?: Identifier;
  readonly questionnaire: string;
  readonly status: "completed";
  readonly subject: Reference;
  readonly authored: string;
  readonly item: readonly QuestionnaireItem[];
};

/** The exact program as HipCheck's JSON, findable by its identifier (a Binary has none). */
export type DocumentReference = Base & {
  readonly resourceType: "DocumentReference";
  readonly id: string;
  readonly status: "current";
  readonly subject: Reference;
  readonly description: string;
  readonly content: readonly {
    readonly attachment: { readonly contentType: string; readonly data: string };
  }[];
};

export type FhirResource =
  Patient | Condition | CarePlan | Observation | QuestionnaireResponse | DocumentReference;

export type BundleEntry = {
  /** `urn:uuid:…`: what references inside the bundle point at. */
  readonly fullUrl: string;
  readonly resource: FhirResource;
  /** Transactions only: a conditional update on the resource's HipCheck identifier. */
  readonly request?: { readonly method: "PUT"; readonly url: string };
};

export type Bundle = {
  readonly resourceType: "Bundle";
  readonly type: "collection" | "transaction";
  readonly entry: readonly BundleEntry[];
};

/**
 * The largest FHIR file read: the import route's body limit (64 MiB, `IMPORT_BODY_LIMIT_BYTES` in contracts). A
 * person's own export of a long history must import again, so the file's size is the bound (decision 0672).
 */
export const FHIR_FILE_BYTES_MAX = 64 * 1024 * 1024;

/** `{"resource":{"resourceType":"X"}},`: the fewest bytes an entry with something to read takes. */
const SMALLEST_ENTRY_BYTES = 35;

/**
 * As many entries as a file of `FHIR_FILE_BYTES_MAX` can hold, so that no entry count refuses what the file size
 * lets in; a HipCheck export writes 1.1–1.9 KB an entry, about 36,000 entries in 64 MiB (decision 0672).
 */
export const BUNDLE_ENTRIES_MAX = Math.floor(FHIR_FILE_BYTES_MAX / SMALLEST_ENTRY_BYTES);

const CodingSchema = z.looseObject({ system: z.string().optional(), code: z.string().optional() });
const CodeableConceptSchema = z.looseObject({
  coding: z.array(CodingSchema).optional(),
  text: z.string().optional(),
});
const QuantitySchema = z.looseObject({
  value: z.number(),
  code: z.string().optional(),
  system: z.string().optional(),
});

type QuestionnaireItemInput = {
  linkId: string;
  answer?: Record<string, unknown>[] | undefined;
  item?: QuestionnaireItemInput[] | undefined;
};
const QuestionnaireItemSchema: z.ZodType<QuestionnaireItemInput> = z.lazy(() =>
  z.looseObject({
    linkId: z.string().min(1).max(200),
    answer: z.array(z.looseObject({})).max(1000).optional(),
    item: z.array(QuestionnaireItemSchema).max(1000).optional(),
  }),
);

export const PatientInputSchema = z.looseObject({
  resourceType: z.literal("Patient"),
  id: z.string().optional(),
  identifier: z
    .array(z.looseObject({ system: z.string().optional(), value: z.string().optional() }))
    .optional(),
  name: z.array(z.looseObject({ text: z.string().optional() })).optional(),
  gender: z.enum(["male", "female", "other", "unknown"]).optional(),
  communication: z.array(z.looseObject({ language: CodeableConceptSchema })).optional(),
});

export const QuestionnaireResponseInputSchema = z.looseObject({
  resourceType: z.literal("QuestionnaireResponse"),
  questionnaire: z.string(),
  authored: z.string(),
  item: z.array(QuestionnaireItemSchema).max(1000).optional(),
});

export const ObservationInputSchema = z.looseObject({
  resourceType: z.literal("Observation"),
  status: z.string().optional(),
  code: CodeableConceptSchema,
  /** When it was observed: one of the three forms a reading takes in FHIR R4 (`effective[x]`). */
  effectiveDateTime: z.string().optional(),
  effectiveInstant: z.string().optional(),
  effectivePeriod: z.looseObject({ start: z.string().optional() }).optional(),
  valueInteger: z.number().optional(),
  valueQuantity: QuantitySchema.optional(),
  method: CodeableConceptSchema.optional(),
  bodySite: CodeableConceptSchema.optional(),
  component: z
    .array(
      z.looseObject({
        code: CodeableConceptSchema,
        valueInteger: z.number().optional(),
        valueQuantity: QuantitySchema.optional(),
        valueString: z.string().optional(),
        valueCodeableConcept: CodeableConceptSchema.optional(),
        valueTime: z.string().optional(),
      }),
    )
    .optional(),
});

export const BinaryInputSchema = z.looseObject({
  resourceType: z.literal("Binary"),
  id: z.string(),
  contentType: z.string(),
  data: z.string(),
});

export const DocumentReferenceInputSchema = z.looseObject({
  resourceType: z.literal("DocumentReference"),
  content: z
    .array(
      z.looseObject({
        attachment: z.looseObject({ contentType: z.string().optional(), data: z.string().optional() }),
      }),
    )
    .max(100),
});

/** An entry without a resource (a transaction's DELETE, a response's status) holds nothing to read. */
export const BundleInputSchema = z.looseObject({
  resourceType: z.literal("Bundle"),
  entry: z
    .array(
      z.looseObject({
        fullUrl: z.string().optional(),
        resource: z.looseObject({ resourceType: z.string() }).optional(),
      }),
    )
    .max(BUNDLE_ENTRIES_MAX)
    .default([]),
});
