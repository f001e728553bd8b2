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
export type Period = { readonly start: string; readonly end: string };

export type Patient = {
  readonly resourceType: "Patient";
  readonly id: string;
  readonly name?: readonly { readonly text: string }[];
  readonly gender?: "male" | "female" | "other" | "unknown";
  readonly communication: readonly { readonly language: CodeableConcept; readonly preferred: boolean }[];
};

export type Condition = {
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
    readonly status: "scheduled";
    readonly scheduledPeriod?: Period;
    readonly scheduledString?: string;
    readonly description: string;
  };
};

export type CarePlan = {
  readonly resourceType: "CarePlan";
  readonly id: string;
  readonly identifier: readonly { readonly system: string; readonly value: string }[];
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
};

export type Observation = {
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

export type QuestionnaireResponse = {
  readonly resourceType: "QuestionnaireResponse";
  readonly id: string;
  readonly questionnaire: string;
  readonly status: "completed";
  readonly subject: Reference;
  readonly authored: string;
  readonly item: readonly QuestionnaireItem[];
};

export type Binary = {
  readonly resourceType: "Binary";
  readonly id: string;
  readonly contentType: string;
  readonly data: string;
};

export type FhirResource = Patient | Condition | CarePlan | Observation | QuestionnaireResponse | Binary;

export type Bundle = {
  readonly resourceType: "Bundle";
  readonly type: "collection";
  readonly entry: readonly { readonly resource: FhirResource }[];
};

/** Ten years of daily entries and then some: a bundle larger than this is not one person's HipCheck record. */
export const BUNDLE_ENTRIES_MAX = 20_000;

const CodingSchema = z.looseObject({ system: z.string().optional(), code: z.string().optional() });
const CodeableConceptSchema = z.looseObject({
  coding: z.array(CodingSchema).optional(),
  text: z.string().optional(),
});
const QuantitySchema = z.looseObject({ value: z.number(), code: z.string().optional() });

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
  id: z.string(),
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
  code: CodeableConceptSchema,
  effectiveDateTime: z.string(),
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

export const BundleInputSchema = z.looseObject({
  resourceType: z.literal("Bundle"),
  entry: z
    .array(z.looseObject({ resource: z.looseObject({ resourceType: z.string() }) }))
    .max(BUNDLE_ENTRIES_MAX),
});
