/**
 * What a clinical export carries about one person: their check-in answers, the program, pain and PSFS entries and
 * movement findings. `exportFhirBundle` turns it into FHIR R4; `importFhirBundle` gives it back.
 */
import {
  AnswersSchema,
  IsoDateSchema,
  PainEntrySchema,
  ProgramSchema,
  PsfsEntrySchema,
  StrengthCheckSchema,
} from "@hipcheck/core";
import { z } from "zod";
import { MovementFindingSchema } from "../movement/movement-finding.js";

/** FHIR resource ids: 1 to 64 letters, digits, `-` and `.` (FHIR R4 datatype `id`). */
export const FhirIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9\-.]{1,64}$/, "must be 1–64 letters, digits, '-' or '.'");

export const ClinicalRecordSchema = z
  .object({
    personId: FhirIdSchema,
    /** The day the answers were given. */
    answeredOn: IsoDateSchema,
    answers: AnswersSchema,
    program: ProgramSchema.nullable(),
    painEntries: z.array(PainEntrySchema),
    psfsEntries: z.array(PsfsEntrySchema),
    movementFindings: z.array(MovementFindingSchema),
    /** Hip strength checks (docs/clinical §10), read back from HipCheck's strength Observations (decision 0480). */
    strengthChecks: z.array(StrengthCheckSchema).optional(),
    /**
     * HipCheck's stored ids, carried as FHIR identifiers: the check-in's, and the pain, PSFS and strength entries'
     * in the order of those lists; `movement` names each movement finding, in its list's order (its screen and place,
     * decision 0710). Export only; a bundle read back has none.
     */
    storedIds: z
      .object({
        checkIn: FhirIdSchema.optional(),
        pain: z.array(z.string().min(1)).optional(),
        psfs: z.array(z.string().min(1)).optional(),
        strength: z.array(z.string().min(1)).optional(),
        movement: z.array(z.string().min(1)).optional(),
      })
      .strict()
      .optional(),
    /** Planned sessions the person logged as completed (the CarePlan marks them). Export only. */
    doneSessionIds: z.array(z.string()).optional(),
    /** Planned sessions only saved part way, none completed (the CarePlan marks them stopped). Export only. */
    partlyDoneSessionIds: z.array(z.string()).optional(),
  })
  .strict();
export type ClinicalRecord = z.infer<typeof ClinicalRecordSchema>;
