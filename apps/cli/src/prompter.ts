import { checkbox, confirm, input, number, select } from "@inquirer/prompts";

export type Choice<T extends string> = { readonly value: T; readonly name: string };

/** The questions a terminal can ask; tests pass a scripted one, people get the interactive one. */
export type Prompter = {
  confirm(message: string): Promise<boolean>;
  select<T extends string>(message: string, choices: readonly Choice<T>[]): Promise<T>;
  checkbox<T extends string>(
    message: string,
    choices: readonly Choice<T>[],
    options?: { required?: boolean },
  ): Promise<T[]>;
  integer(message: string, range: { min: number; max: number }): Promise<number>;
  text(message: string, options?: { optional?: boolean }): Promise<string>;
};

export function terminalPrompter(): Prompter {
  return {
    confirm: (message) => confirm({ message, default: false }),
    select: (message, choices) => select({ message, choices: [...choices] }),
    checkbox: (message, choices, options) =>
      checkbox({ message, choices: [...choices], required: options?.required ?? false }),
    integer: (message, range) => number({ message, min: range.min, max: range.max, step: 1, required: true }),
    text: (message, options) => input({ message, required: !(options?.optional ?? false) }),
  };
}
