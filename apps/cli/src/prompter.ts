import { styleText } from "node:util";
import { checkbox, confirm, input, number, select } from "@inquirer/prompts";
import type { Lang } from "@hipcheck/core";

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

/** Where the prompts read keys and draw: the process's terminal unless given. */
export type PromptContext = Parameters<typeof confirm>[1];

/** The keys help the list prompts print, in French; the library writes it in English only. */
const FRENCH_KEYS: Readonly<Record<string, readonly [string, string]>> = {
  "↑↓ navigate": ["↑↓", "naviguer"],
  "⏎ select": ["⏎", "valider"],
  "space select": ["espace", "cocher"],
  "a all": ["a", "tout"],
  "i invert": ["i", "inverser"],
  "⏎ submit": ["⏎", "valider"],
};

function frenchKeysHelpTip(keys: readonly (readonly [string, string])[]): string {
  return keys
    .map(([key, action]) => FRENCH_KEYS[`${key} ${action}`] ?? [key, action])
    .map(([key, action]) => `${styleText("bold", key)} ${styleText("dim", action)}`)
    .join(styleText("dim", " • "));
}

const FRENCH_THEME = { style: { keysHelpTip: frenchKeysHelpTip } };

/**
 * The interactive prompts, in the person's language. The library's yes/no prompt only understands and echoes
 * English (y/n, "Yes"/"No"), so in French a yes/no question is its list prompt with "Oui" and "Non": typing
 * `o` or `n` moves to that answer, Enter keeps it, and the default stays "Non" as in English.
 */
export function terminalPrompter(lang: Lang, context?: PromptContext): Prompter {
  const theme = lang === "fr" ? FRENCH_THEME : {};
  return {
    confirm: (message) =>
      lang === "fr"
        ? select(
            {
              message,
              choices: [
                { value: true, name: "Oui" },
                { value: false, name: "Non" },
              ],
              default: false,
              theme,
            },
            context,
          )
        : confirm({ message, default: false }, context),
    select: (message, choices) => select({ message, choices: [...choices], theme }, context),
    checkbox: (message, choices, options) =>
      checkbox({ message, choices: [...choices], required: options?.required ?? false, theme }, context),
    integer: (message, range) =>
      number({ message, min: range.min, max: range.max, step: 1, required: true }, context),
    text: (message, options) => input({ message, required: !(options?.optional ?? false) }, context),
  };
}
