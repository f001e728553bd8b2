/**
 * Table shapes as Kysely sees them. Column types are the portable subset shared by SQLite and PostgreSQL: ids
 * and instants and dates as text (ISO-8601, `YYYY-MM-DD`), booleans as integers 0/1, documents as JSON text
 * parsed with the core zod schemas on read (docs/decisions/0060-storage.md).
 */
export type Flag = 0 | 1;

export type AccountsTable = {
  id: string;
  email: string;
  /** Lower-cased email: uniqueness is case-insensitive. */
  email_key: string;
  password_hash: string;
  role: string;
  created_at: string;
  /** Null until the person chooses one; others then see the email. */
  display_name: string | null;
};

export type AuthSessionsTable = {
  token_hash: string;
  account_id: string;
  created_at: string;
  expires_at: string;
};

export type ProfilesTable = {
  account_id: string;
  language: string;
  sports_json: string;
  equipment_json: string;
  available_days_json: string;
  updated_at: string;
};

export type CheckInsTable = {
  id: string;
  account_id: string;
  date: string;
  created_at: string;
  self_management_allowed: Flag;
  answers_json: string;
  screen_json: string;
  self_check_json: string;
  /** The program this check-in's clean screen resumed, and the revision that did it (decision 0635); else null. */
  resumed_program_id: string | null;
  resumed_revision: number | null;
  /** A random id written with the three documents, never twice: they are read by it (decision 0665); null before. */
  check_in_tag: string | null;
};

export type ProgramsTable = {
  id: string;
  account_id: string;
  group_id: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
  program_json: string;
  /** A random id written with every new `program_json` (decision 0630); null on rows written before it. */
  program_json_tag: string | null;
};

/**
 * A random id written with every session log added to the program, never twice: the rules' history a write holds
 * is kept under it (decision 0665). A row of its own, not a column of the program's wide row (decision 0760); no
 * row until the program's first log.
 */
export type ProgramLogTagsTable = {
  program_id: string;
  log_tag: string;
};

/** How many rows an account keeps in the tables its quota counts, moved by triggers (decision 0761). */
export type AccountRowCountsTable = {
  account_id: string;
  rows_kept: number | string;
};

export type ProgramRevisionsTable = {
  program_id: string;
  revision: number;
  changed_by_account_id: string | null;
  changed_by: string;
  changed_at: string;
  revision_json: string;
  program_after_json: string;
};

export type SessionLogsTable = {
  account_id: string;
  id: string;
  program_id: string;
  date: string;
  completed: Flag;
  created_at: string;
  log_json: string;
  /** Filled in from the log (decision 0500): what the progression rules look up by index. */
  planned_session_id: string | null;
  pain_during_max: number | null;
  pain_after: number | null;
};

/** One row per exercise a session log holds (decision 0500): the last logs of an exercise in one index seek. */
export type SessionLogExercisesTable = {
  account_id: string;
  log_id: string;
  program_id: string;
  exercise_id: string;
  date: string;
  created_at: string;
};

export type MorningCheckInsTable = {
  account_id: string;
  date: string;
  created_at: string;
  check_in_json: string;
};

export type OutcomeEntriesTable = {
  account_id: string;
  id: string;
  date: string;
  created_at: string;
  entry_json: string;
};

export type StrengthChecksTable = {
  account_id: string;
  id: string;
  date: string;
  test: string;
  created_at: string;
  check_json: string;
};

export type MovementScreensTable = {
  id: string;
  account_id: string;
  recorded_at: string;
  test: string;
  report_json: string;
  keypoints_json: string;
};

export type CoachLinksTable = {
  id: string;
  coach_id: string;
  client_id: string | null;
  code: string;
  created_at: string;
  /** Null on codes made before the coach chose the expiry (they last two weeks). */
  expires_at: string | null;
  accepted_at: string | null;
  revoked_at: string | null;
  /** An emailed invitation's sha256 of where it went and in which language (decision 0635); else null. */
  mail_digest: string | null;
};

export type CoachNotesTable = {
  id: string;
  coach_id: string;
  client_id: string;
  created_at: string;
  body: string;
};

export type CoachGroupsTable = {
  id: string;
  coach_id: string;
  name: string;
  created_at: string;
  template_json: string | null;
};

export type GroupMembersTable = { group_id: string; account_id: string; joined_at: string };

export type ShareLinksTable = {
  id: string;
  program_id: string;
  token_hash: string;
  created_by_account_id: string | null;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
};

export type ActivitiesTable = {
  id: string;
  account_id: string;
  file_hash: string;
  file_name: string;
  position: number;
  imported_at: string;
  date: string;
  start_time: string;
  activity_json: string;
};

export type ImportedMovementFindingsTable = {
  id: string;
  account_id: string;
  imported_at: string;
  date: string;
  finding_json: string;
  /** The identifier the finding arrived under (decision 0710); null for rows without one. */
  source_id: string | null;
};

export type PushSubscriptionsTable = {
  id: string;
  account_id: string;
  endpoint: string;
  key_p256dh: string;
  key_auth: string;
  /** Local time of day, `HH:MM`. */
  reminder_time: string;
  /** IANA time zone, e.g. `Europe/Paris`. */
  time_zone: string;
  language: string;
  created_at: string;
  /** Local date (`YYYY-MM-DD`) of the last reminder sent. */
  last_sent_on: string | null;
};

export type PasswordResetsTable = {
  /** sha256 (hex) of the link's token. */
  token_hash: string;
  account_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
};

export type TwoStepMethodsTable = {
  account_id: string;
  /** The TOTP secret (RFC 4648 base32); never returned once enrolment is confirmed. */
  secret_base32: string;
  created_at: string;
  enabled_at: string | null;
  /** bigint: SQLite gives a number, PostgreSQL a string. */
  last_used_step: number | string | null;
  failed_attempts: number;
  last_failed_at: string | null;
};

export type TwoStepRecoveryCodesTable = {
  account_id: string;
  /** sha256 (hex) of the code as shown, upper case without its dash. */
  code_hash: string;
  used_at: string | null;
};

export type TwoStepChallengesTable = {
  /** sha256 (hex) of the second step's token. */
  token_hash: string;
  account_id: string;
  created_at: string;
  expires_at: string;
};

/** Milliseconds since the epoch: SQLite gives a number, PostgreSQL's bigint a string. */
export type EpochMs = number | string;

export type AttemptCountersTable = {
  key: string;
  count: number;
  first_ms: EpochMs;
  last_ms: EpochMs;
  expires_at_ms: EpochMs;
};

export type Database = {
  accounts: AccountsTable;
  auth_sessions: AuthSessionsTable;
  profiles: ProfilesTable;
  check_ins: CheckInsTable;
  programs: ProgramsTable;
  program_log_tags: ProgramLogTagsTable;
  account_row_counts: AccountRowCountsTable;
  program_revisions: ProgramRevisionsTable;
  session_logs: SessionLogsTable;
  session_log_exercises: SessionLogExercisesTable;
  morning_check_ins: MorningCheckInsTable;
  pain_entries: OutcomeEntriesTable;
  psfs_entries: OutcomeEntriesTable;
  strength_checks: StrengthChecksTable;
  movement_screens: MovementScreensTable;
  coach_links: CoachLinksTable;
  coach_notes: CoachNotesTable;
  coach_groups: CoachGroupsTable;
  group_members: GroupMembersTable;
  share_links: ShareLinksTable;
  activities: ActivitiesTable;
  imported_movement_findings: ImportedMovementFindingsTable;
  push_subscriptions: PushSubscriptionsTable;
  password_resets: PasswordResetsTable;
  attempt_counters: AttemptCountersTable;
  two_step_methods: TwoStepMethodsTable;
  two_step_recovery_codes: TwoStepRecoveryCodesTable;
  two_step_challenges: TwoStepChallengesTable;
};
