/** What a command may touch of the outside world; tests pass their own to capture output. */
export type CliIo = {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when a person is at a terminal (prompts and progress bars are allowed). */
  readonly isInteractive: boolean;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
};

/** A command finishes with an exit code (0 = success); the table lives in @hipcheck/contracts. */
export type ExitCode = number;
