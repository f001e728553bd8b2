/**
 * The one JSON document holding all of a person's data, to take it to another HipCheck. Account identity
 * (email, password) stays behind: the document is imported into an account the person has on the other side.
 * Screens are recomputed from the answers on import, so a document cannot switch off a red flag.
 */
import {
  AnswersSchema,
  IsoDateSchema,
  MorningCheckInSchema,
  PainEntrySchema,
  ProgramRevisionSchema,
  ProgramSchema,
  PsfsEntrySchema,
  SessionLogSchema,
  StrengthCheckSchema,
} from "@hipcheck/core";
import { z } from "zod";
import { FileHashSchema, RecordedActivitySchema } from "./activity-schema.js";
import { ImportedMovementFindingSchema } from "./imported-movement-finding.js";
import { KeypointSeriesSchema, MovementReportShapeSchema } from "./movement-schemas.js";
import { ProfileSchema } from "./profile-schema.js";

export const EXPORT_FORMAT = "hipcheck-export";
export const EXPORT_VERSION = 1;

const instant = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(120);

export const ExportDocumentSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: instant,
    profile: ProfileSchema.extend({ updatedAt: instant }).nullable(),
    checkIns: z.array(
      z.object({ id, date: IsoDateSchema, createdAt: instant, answers: AnswersSchema }).strict(),
    ),
    programs: z.array(
      z
        .object({
          id,
          createdAt: instant,
          updatedAt: instant,
          program: ProgramSchema,
          history: z.array(
            z
              .object({
                /** True when the person made the change; a coach's identity does not travel. */
                byOwner: z.boolean(),
                revision: ProgramRevisionSchema,
                programAfter: ProgramSchema,
              })
              .strict(),
          ),
        })
        .strict(),
    ),
    sessionLogs: z.array(z.object({ createdAt: instant, log: SessionLogSchema }).strict()),
    morningCheckIns: z.array(z.object({ createdAt: instant, checkIn: MorningCheckInSchema }).strict()),
    painEntries: z.array(z.object({ id, createdAt: instant, entry: PainEntrySchema }).strict()),
    psfsEntries: z.array(z.object({ id, createdAt: instant, entry: PsfsEntrySchema }).strict()),
    movementScreens: z.array(
      z
        .object({
          id,
          recordedAt: instant,
          report: MovementReportShapeSchema,
          keypoints: KeypointSeriesSchema,
        })
        .strict(),
    ),
    /** Absent in documents written before activity files could be imported. */
    activities: z
      .array(
        z
          .object({
            id,
            fileHash: FileHashSchema,
            fileName: z.string().min(1).max(255),
            position: z.number().int().min(0),
            importedAt: instant,
            activity: RecordedActivitySchema,
          })
          .strict(),
      )
      .default([]),
    /**
     * Findings that came in files, without screens, each with the name it arrived under when it had one (decision
     * 0710); absent in documents written before they were kept.
     */
    importedMovementFindings: z
      .array(
        z
          .object({
            importedAt: instant,
            finding: ImportedMovementFindingSchema,
            sourceId: z.string().min(1).max(120).optional(),
          })
          .strict(),
      )
      .default([]),
    /**
     * Hip strength checks under their stored ids (docs/clinical §10), each checked as the strength route checks it;
     * absent in documents written before they travelled.
     */
    strengthChecks: z
      .array(z.object({ id, createdAt: instant, check: StrengthCheckSchema }).strict())
      .default([]),
  })
  .strict();

export type ExportDocument = z.infer<typeof ExportDocumentSchema>;
