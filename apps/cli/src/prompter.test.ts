import { PassThrough } from "node:stream";
import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import { terminalPrompter } from "./prompter.js";

/** A terminal in miniature: keys typed into the prompt, and the screen it drew, without colours. */
function terminal() {
  const input = new PassThrough();
  const output = new PassThrough();
  let drawn = "";
  output.on("data", (chunk: Buffer) => {
    drawn += chunk.toString("utf8");
  });
  return {
    context: { input, output },
    type: (keys: string) => {
      input.write(keys);
    },
    screen: () => stripVTControlCharacters(drawn),
  };
}

describe("the terminal's yes/no questions", () => {
  it("Camille answers in French: oui/non on screen, `o` then Enter means yes", async () => {
    const screen = terminal();
    const asked = terminalPrompter("fr", screen.context).confirm("Restez-vous assise longtemps ?");
    screen.type("o\r");
    expect(await asked).toBe(true);
    expect(screen.screen()).toContain("Oui");
    expect(screen.screen()).toContain("Non");
    expect(screen.screen()).toContain("valider");
    expect(screen.screen()).toMatch(/Restez-vous assise longtemps \? Oui\s*$/);
    expect(screen.screen()).not.toMatch(/Yes|y\/N|navigate/);
  });

  it("in French, Enter alone keeps the default, Non", async () => {
    const screen = terminal();
    const asked = terminalPrompter("fr", screen.context).confirm("Avez-vous mal au dos ?");
    screen.type("\r");
    expect(await asked).toBe(false);
    expect(screen.screen()).toMatch(/Avez-vous mal au dos \? Non\s*$/);
  });

  it("Dana answers in English with the usual (y/N)", async () => {
    const screen = terminal();
    const asked = terminalPrompter("en", screen.context).confirm("Do you sit for long hours?");
    screen.type("y\r");
    expect(await asked).toBe(true);
    expect(screen.screen()).toContain("(y/N)");
    expect(screen.screen()).toMatch(/Do you sit for long hours\? Yes\s*$/);
  });
});
