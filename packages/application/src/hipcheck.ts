/**
 * The HipCheck application: every use-case as `(actor, input) → Promise<Result<output, HipError>>`. The server's
 * route handlers and the CLI's commands parse their input, call one of these with the acting principal, and map
 * the result; they never decide who may do what.
 */
import type {
  Answers,
  HipError,
  IsoDate,
  Lang,
  Localized,
  MorningCheckIn,
  PainEntry,
  Program,
  ProgressReport,
  ProgramRevision,
  PsfsEntry,
  RedFlagScreen,
  Result,
  SelfCheckResult,
  SessionLog,
  Dose,
} from "@hipcheck/core";
import type { KeypointFrame } from "@hipcheck/motion";
import type { ImportedMovementFinding } from "./imported-movement-finding.js";
import type { MovementReportDocument } from "./movement-schemas.js";
import type { Actor, Role } from "./actor.js";
import type { RecordedActivityDocument } from "./activity-schema.js";
import { accountUseCases } from "./use-cases/accounts.js";
import { activityUseCases } from "./use-cases/activities.js";
import { checkInUseCases } from "./use-cases/check-ins.js";
import { coachingUseCases } from "./use-cases/coaching.js";
import { groupUseCases } from "./use-cases/groups.js";
import { movementUseCases } from "./use-cases/movement.js";
import { portabilityUseCases } from "./use-cases/portability.js";
import { programUseCases } from "./use-cases/programs.js";
import { shareLinkUseCases } from "./use-cases/share-links.js";
import { sharingUseCases } from "./use-cases/sharing.js";
import { trackingUseCases } from "./use-cases/tracking.js";
import type { ExportDocument } from "./export-document.js";
import type {
  Clock,
  CoachNoteRecord,
  IdGenerator,
  IsoInstant,
  PasswordHasher,
  Profile,
  Repositories,
  SecretGenerator,
} from "./ports.js";

export type HipCheckDeps = {
  readonly repositories: Repositories;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly secrets: SecretGenerator;
  readonly passwords: PasswordHasher;
  /** How long a sign-in lasts; 30 days when not given. */
  readonly sessionLifetimeDays?: number;
};

export type UseCase<I, O> = (actor: Actor, input: I) => Promise<Result<O, HipError>>;

/** Another person's data is asked for by `personId`; without it, the actor's own. */
export type PersonRef = { readonly personId?: string };

// Accounts and sessions
export type SignUpInput = { readonly email: string; readonly password: string };
export type AccountView = {
  readonly accountId: string;
  readonly email: string;
  readonly role: Role;
  readonly createdAt: IsoInstant;
};
export type SignInInput = { readonly email: string; readonly password: string };
export type SignInOutput = AccountView & { readonly token: string; readonly expiresAt: IsoInstant };
export type TokenInput = { readonly token: string };
export type ChangePasswordInput = {
  readonly currentPassword: string;
  readonly newPassword: string;
  /** The session to keep; every other session of the account ends. */
  readonly keepToken?: string;
};
export type DeleteAccountInput = { readonly password: string };
export type ListAccountsInput = { readonly role?: Role };
export type AccountListing = AccountView & { readonly hasCoach: boolean; readonly hasClients: boolean };
export type AccountIdInput = { readonly accountId: string };

// Check-ins and programs
export type SubmitCheckInInput = { readonly answers: Answers; readonly date?: IsoDate };
export type CheckInView = {
  readonly checkInId: string;
  readonly date: IsoDate;
  readonly screen: RedFlagScreen;
  readonly selfCheck: SelfCheckResult;
};
export type CreateProgramInput = PersonRef & { readonly startDate: IsoDate; readonly weeks?: number };
export type ProgramView = {
  readonly programId: string;
  readonly ownerId: string;
  readonly program: Program;
  readonly createdAt: IsoInstant;
  readonly updatedAt: IsoInstant;
};
export type ProgramHistoryEntry = {
  readonly revision: ProgramRevision;
  readonly changedByAccountId: string | null;
};
export type ProgramDetail = ProgramView & { readonly history: readonly ProgramHistoryEntry[] };
export type ProgramIdInput = { readonly programId: string };
/** A hand edit by the person or their coach; `reason` is shown to the person. */
export type ProgramEdit =
  | { readonly type: "swap-exercise"; readonly exerciseId: string; readonly toExerciseId: string }
  | { readonly type: "change-dose"; readonly exerciseId: string; readonly dose: Dose }
  | { readonly type: "ladder-step"; readonly exerciseId: string; readonly direction: "up" | "down" };
export type EditProgramInput = {
  readonly programId: string;
  readonly edit: ProgramEdit;
  /** Plain words the person reads; given in one language, it is shown in both. */
  readonly reason: string | Localized;
};
export type RevisionOutput = ProgramView & { readonly revision: ProgramRevision | null };

// Tracking
export type LogSessionInput = { readonly log: SessionLog };
export type LogSessionOutput = { readonly log: SessionLog; readonly created: boolean };
export type ListSessionLogsInput = PersonRef & { readonly from?: IsoDate; readonly to?: IsoDate };
export type MorningCheckInInput = { readonly checkIn: MorningCheckIn };
/** `id`, when the client chooses it, is kept across retries: a repeat of the same entry is stored once. */
export type PainEntryInput = { readonly entry: PainEntry; readonly id?: string };
export type PsfsEntryInput = { readonly entry: PsfsEntry; readonly id?: string };
export type EntryView<T> = { readonly id: string; readonly entry: T; readonly createdAt: IsoInstant };
export type ProgressInput = PersonRef & { readonly programId?: string };

// Movement screens
export type SaveMovementScreenInput = {
  /** A motion-module `MovementReport`. */
  readonly report: MovementReportDocument;
  readonly keypoints: readonly KeypointFrame[];
  readonly recordedAt?: IsoInstant;
};
export type MovementScreenView = {
  readonly screenId: string;
  readonly ownerId: string;
  readonly recordedAt: IsoInstant;
  readonly report: MovementReportDocument;
  readonly keypoints: readonly KeypointFrame[];
};
export type MovementScreenSummary = Omit<MovementScreenView, "keypoints">;

// Coaching
export type InvitationView = {
  readonly linkId: string;
  readonly code: string;
  readonly createdAt: IsoInstant;
  /** An invitation not accepted by then stops working. */
  readonly expiresAt: IsoInstant;
};
export type AcceptInvitationInput = { readonly code: string };
export type CoachLinkView = {
  readonly linkId: string;
  readonly coachId: string;
  readonly coachEmail: string;
  readonly clientId: string | null;
  readonly acceptedAt: IsoInstant | null;
  readonly revokedAt: IsoInstant | null;
};
export type RevokeLinkInput = { readonly linkId: string };
/** What a coach sees at a glance for each client (clinical meaning of each flag in coaching.ts). */
export type ClientSummary = {
  readonly clientId: string;
  readonly email: string;
  readonly linkedAt: IsoInstant;
  readonly sessionsThisWeek: number;
  readonly trainedThisWeek: boolean;
  readonly stuck: boolean;
  readonly morePain: boolean;
  readonly redFlags: boolean;
  readonly lastSessionDate: IsoDate | null;
};
export type ClientInput = { readonly clientId: string };
export type AddCoachNoteInput = { readonly clientId: string; readonly body: string };

// Groups
export type CreateGroupInput = { readonly name: string };
export type GroupView = {
  readonly groupId: string;
  readonly name: string;
  readonly createdAt: IsoInstant;
  readonly template: Program | null;
  readonly memberIds: readonly string[];
};
export type GroupMemberInput = { readonly groupId: string; readonly clientId: string };
export type SetGroupTemplateInput = {
  readonly groupId: string;
  /** Representative answers for the class (e.g. a yoga class with mats and blocks); red flags are screened too. */
  readonly answers: Answers;
  readonly startDate: IsoDate;
  readonly weeks?: number;
};
export type GroupIdInput = { readonly groupId: string };
export type AssignTemplateOutput = {
  readonly assigned: readonly { readonly clientId: string; readonly programId: string }[];
  /** Members who cannot get a program now, e.g. their latest screen needs a clinician. */
  readonly skipped: readonly { readonly clientId: string; readonly reason: HipError }[];
};

// Export and import
export type ImportInput = { readonly document: unknown };
export type ImportOutput = { readonly counts: Readonly<Record<string, number>> };

// Sharing files (rendered by the caller)
export type HandoutSource = {
  readonly programId: string;
  readonly program: Program;
  readonly personName: string;
  readonly language: Lang;
};
export type ClinicalSource = {
  readonly personId: string;
  /** The day of the latest check-in, and its answers. */
  readonly answeredOn: IsoDate;
  readonly answers: Answers;
  readonly program: Program | null;
  readonly painEntries: readonly PainEntry[];
  readonly psfsEntries: readonly PsfsEntry[];
  /** Stored ids, carried into exports as identifiers: the check-in's, and the entries' in the lists' order. */
  readonly storedIds: {
    readonly checkIn: string;
    readonly pain: readonly string[];
    readonly psfs: readonly string[];
  };
  /** Planned sessions of the program the person logged as completed. */
  readonly doneSessionIds: readonly string[];
} & MovementFindingsSource;
/** What the movement findings of a record are made from; `@hipcheck/interop` flattens the reports. */
export type MovementFindingsSource = {
  /** Saved screens, oldest first, each with the day it was recorded. */
  readonly movementScreens: readonly { readonly date: IsoDate; readonly report: MovementReportDocument }[];
  /** Findings that came in files, by date. */
  readonly importedMovementFindings: readonly ImportedMovementFinding[];
};

export type CreateShareLinkInput = ProgramIdInput & {
  /** How long the link works; 30 days when not given, 365 at most. */
  readonly days?: number;
};
export type ShareLinkView = {
  readonly linkId: string;
  readonly programId: string;
  readonly createdAt: IsoInstant;
  readonly expiresAt: IsoInstant;
  readonly revokedAt: IsoInstant | null;
  /** Neither revoked nor expired. */
  readonly active: boolean;
};
/** The token is shown once, when the link is made; only its hash is kept. */
export type CreatedShareLink = ShareLinkView & { readonly token: string };
export type ShareLinkIdInput = { readonly linkId: string };
/** The plan only: no name, no answers, no measures. */
export type SharedProgramView = { readonly program: Program };

// Activities and training load
export type ImportActivitiesInput = {
  readonly fileName: string;
  /** The file as received: its hash recognises a re-import. */
  readonly bytes: Uint8Array;
  /** What `parseActivityFile` read from those bytes. */
  readonly activities: readonly RecordedActivityDocument[];
};
export type ActivityView = {
  readonly activityId: string;
  readonly fileName: string;
  readonly importedAt: IsoInstant;
  readonly activity: RecordedActivityDocument;
};
export type ImportActivitiesOutput = {
  readonly added: readonly ActivityView[];
  /** Activities of this file that were already imported. */
  readonly alreadyImported: number;
};
export type TrainingLoadSource = {
  readonly activities: readonly RecordedActivityDocument[];
  readonly painEntries: readonly PainEntry[];
  readonly today: IsoDate;
};

/** What a clinical record (FHIR) brings into the person's own record; its program and screens are not read. */
export type ImportClinicalRecordInput = {
  readonly answeredOn: IsoDate;
  readonly answers: Answers;
  readonly painEntries: readonly PainEntry[];
  readonly psfsEntries: readonly PsfsEntry[];
  /** Findings without their screens; absent when the file has none. */
  readonly movementFindings?: readonly ImportedMovementFinding[];
};

export type HipCheck = {
  readonly bootstrapAdmin: UseCase<SignUpInput, AccountView>;
  readonly signUp: UseCase<SignUpInput, AccountView>;
  readonly signIn: UseCase<SignInInput, SignInOutput>;
  readonly authenticate: UseCase<TokenInput, Actor>;
  readonly signOut: UseCase<TokenInput, null>;
  readonly signOutEverywhere: UseCase<Record<string, never>, { readonly sessionsEnded: number }>;
  readonly changePassword: UseCase<ChangePasswordInput, null>;
  readonly createCoachAccount: UseCase<SignUpInput, AccountView>;
  readonly getAccount: UseCase<Record<string, never>, AccountView>;
  readonly deleteAccount: UseCase<DeleteAccountInput, null>;
  /** The command line on the server's machine, whose user can open the database anyway. */
  readonly createCoachAccountLocally: UseCase<SignUpInput, AccountView>;
  readonly createAdminAccount: UseCase<SignUpInput, AccountView>;
  readonly listAccounts: UseCase<ListAccountsInput, readonly AccountListing[]>;
  readonly deleteAccountAsAdmin: UseCase<AccountIdInput, null>;

  readonly getProfile: UseCase<PersonRef, Profile | null>;
  readonly updateProfile: UseCase<Profile, Profile>;

  readonly submitCheckIn: UseCase<SubmitCheckInInput, CheckInView>;
  readonly listCheckIns: UseCase<PersonRef, readonly CheckInView[]>;

  readonly createProgram: UseCase<CreateProgramInput, ProgramView>;
  readonly getProgram: UseCase<ProgramIdInput, ProgramDetail>;
  readonly getCurrentProgram: UseCase<PersonRef, ProgramView | null>;
  readonly listPrograms: UseCase<PersonRef, readonly ProgramView[]>;
  readonly reviseProgram: UseCase<ProgramIdInput, RevisionOutput>;
  readonly editProgram: UseCase<EditProgramInput, RevisionOutput>;

  readonly logSession: UseCase<LogSessionInput, LogSessionOutput>;
  readonly listSessionLogs: UseCase<ListSessionLogsInput, readonly SessionLog[]>;
  readonly recordMorningCheckIn: UseCase<MorningCheckInInput, MorningCheckIn>;
  readonly listMorningCheckIns: UseCase<PersonRef, readonly MorningCheckIn[]>;
  readonly recordPain: UseCase<PainEntryInput, EntryView<PainEntry>>;
  readonly listPain: UseCase<PersonRef, readonly EntryView<PainEntry>[]>;
  readonly recordPsfs: UseCase<PsfsEntryInput, EntryView<PsfsEntry>>;
  readonly listPsfs: UseCase<PersonRef, readonly EntryView<PsfsEntry>[]>;
  readonly getProgress: UseCase<ProgressInput, ProgressReport>;

  readonly saveMovementScreen: UseCase<SaveMovementScreenInput, MovementScreenView>;
  readonly getMovementScreen: UseCase<{ readonly screenId: string }, MovementScreenView>;
  readonly listMovementScreens: UseCase<PersonRef, readonly MovementScreenSummary[]>;
  /** The owner only; for anyone else the screen does not exist. */
  readonly deleteMovementScreen: UseCase<{ readonly screenId: string }, null>;
  readonly getMovementFindingsSource: UseCase<PersonRef, MovementFindingsSource>;

  readonly createInvitation: UseCase<Record<string, never>, InvitationView>;
  /** The coach's own invitations still waiting for a client: not accepted, revoked or expired. */
  readonly listInvitations: UseCase<Record<string, never>, readonly InvitationView[]>;
  readonly acceptInvitation: UseCase<AcceptInvitationInput, CoachLinkView>;
  readonly revokeLink: UseCase<RevokeLinkInput, CoachLinkView>;
  readonly listCoaches: UseCase<Record<string, never>, readonly CoachLinkView[]>;
  readonly listClients: UseCase<Record<string, never>, readonly ClientSummary[]>;
  readonly addCoachNote: UseCase<AddCoachNoteInput, CoachNoteRecord>;
  readonly listCoachNotes: UseCase<ClientInput, readonly CoachNoteRecord[]>;

  readonly createGroup: UseCase<CreateGroupInput, GroupView>;
  readonly listGroups: UseCase<Record<string, never>, readonly GroupView[]>;
  readonly addGroupMember: UseCase<GroupMemberInput, GroupView>;
  readonly removeGroupMember: UseCase<GroupMemberInput, GroupView>;
  readonly setGroupTemplate: UseCase<SetGroupTemplateInput, GroupView>;
  readonly assignGroupTemplate: UseCase<GroupIdInput, AssignTemplateOutput>;

  readonly getHandoutSource: UseCase<ProgramIdInput, HandoutSource>;
  readonly getClinicalSource: UseCase<PersonRef, ClinicalSource>;
  readonly importClinicalRecord: UseCase<ImportClinicalRecordInput, ImportOutput>;

  readonly createShareLink: UseCase<CreateShareLinkInput, CreatedShareLink>;
  readonly listShareLinks: UseCase<ProgramIdInput, readonly ShareLinkView[]>;
  readonly revokeShareLink: UseCase<ShareLinkIdInput, ShareLinkView>;
  /** Anyone holding an active link's token, signed in or not. */
  readonly getSharedProgram: UseCase<TokenInput, SharedProgramView>;
  readonly getSharedHandoutSource: UseCase<TokenInput, HandoutSource>;

  readonly importActivities: UseCase<ImportActivitiesInput, ImportActivitiesOutput>;
  readonly listActivities: UseCase<PersonRef, readonly ActivityView[]>;
  readonly getTrainingLoadSource: UseCase<PersonRef, TrainingLoadSource>;

  readonly exportData: UseCase<Record<string, never>, ExportDocument>;
  readonly importData: UseCase<ImportInput, ImportOutput>;
};

export function createHipCheck(deps: HipCheckDeps): HipCheck {
  return {
    ...accountUseCases(deps),
    ...checkInUseCases(deps),
    ...programUseCases(deps),
    ...trackingUseCases(deps),
    ...movementUseCases(deps),
    ...coachingUseCases(deps),
    ...groupUseCases(deps),
    ...portabilityUseCases(deps),
    ...sharingUseCases(deps),
    ...shareLinkUseCases(deps),
    ...activityUseCases(deps),
  };
}
