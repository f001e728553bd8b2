import type { Page } from "playwright-core";

/** The answers up to the safety questions. */
export type SafetyAnswers = {
  readonly ageYears: number;
  readonly painNow: number;
  /** The usual pain over the last week: the pain now when not given. */
  readonly painUsual?: number;
  /** The worst pain over the last week: the higher of now and usual when not given (it cannot be lower). */
  readonly painWorst?: number;
  /** Red-flag question keys (RedFlagAnswers) answered yes; every other one is answered no. */
  readonly redFlagsYes?: readonly string[];
};

export type CheckInAnswers = SafetyAnswers & {
  readonly sports: readonly string[];
  readonly days: readonly string[];
  /** Equipment at hand (options of the check-in's equipment question); none when not given. */
  readonly equipment?: readonly string[];
  readonly psfsActivity?: string;
};

const SELF_CHECK = ["sitsRegularly", "hasBackPain", "repetitiveExercise", "doesHipBalanceWork"] as const;

/** The five-step check-in, filled the way a person would, by label-bearing controls and test ids. */
export class CheckInPage {
  constructor(readonly page: Page) {}

  /** `atSelfCheckResult` runs while the self-check result is on screen (e.g. to take a screenshot). */
  async complete(answers: CheckInAnswers, atSelfCheckResult?: () => Promise<void>): Promise<void> {
    const page = this.page;
    await this.answerUpToSafety(answers, atSelfCheckResult);
    await this.next();

    await page.getByTestId("step-activities").waitFor();
    for (const sport of answers.sports) await page.getByTestId(`sport-${sport}`).check();
    for (const item of answers.equipment ?? []) await page.getByTestId(`equipment-${item}`).check();
    for (const day of answers.days) await page.getByTestId(`day-${day}`).check();
    if (answers.psfsActivity !== undefined) {
      await page.getByTestId("psfs-activity-0").fill(answers.psfsActivity);
    }
    await this.next();
  }

  /**
   * Answers up to the safety questions, whose warning signs end the check-in there: returns the label of the
   * button that sends it (the last step's, not "Next").
   */
  async stopAtSafetyQuestions(answers: SafetyAnswers): Promise<string> {
    await this.answerUpToSafety(answers);
    const label = (await this.page.getByTestId("next").textContent()) ?? "";
    await this.next();
    return label;
  }

  async answerUpToSafety(answers: SafetyAnswers, atSelfCheckResult?: () => Promise<void>): Promise<void> {
    const page = this.page;
    await page.getByTestId("step-about").waitFor();
    await page.getByTestId("age").fill(String(answers.ageYears));
    await this.next();

    await page.getByTestId("step-selfCheck").waitFor();
    for (const key of SELF_CHECK) {
      await page
        .getByTestId(
          `self-check-${key}-${key === "hasBackPain" || key === "doesHipBalanceWork" ? "no" : "yes"}`,
        )
        .check();
    }
    await page.getByTestId("self-check-result").waitFor();
    await atSelfCheckResult?.();
    await this.next();

    await page.getByTestId("step-symptoms").waitFor();
    await page.getByTestId("has-pain-yes").check();
    await page.getByTestId("knee-right").check();
    await page.getByTestId("location-around-kneecap").check();
    await page.getByTestId("aggravator-stairs-down").check();
    const painUsual = answers.painUsual ?? answers.painNow;
    await page.getByTestId("pain-now").fill(String(answers.painNow));
    await page.getByTestId("pain-usual").fill(String(painUsual));
    await page
      .getByTestId("pain-worst")
      .fill(String(answers.painWorst ?? Math.max(answers.painNow, painUsual)));
    await this.next();

    await page.getByTestId("step-redFlags").waitFor();
    const questions = await page.locator('[data-testid^="red-flag-"][data-testid$="-no"]').all();
    for (const question of questions) await question.check();
    for (const key of answers.redFlagsYes ?? []) await page.getByTestId(`red-flag-${key}-yes`).check();
    await page.getByTestId("injured-no").check();
  }

  selfCheckResult() {
    return this.page.getByTestId("self-check-result");
  }

  private async next(): Promise<void> {
    await this.page.getByTestId("next").click();
  }
}
