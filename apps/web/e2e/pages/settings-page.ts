import type { Page } from "playwright-core";

/** The account settings: the profile a new program follows, and the password. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async waitUntilOpen(): Promise<void> {
    await this.page.getByTestId("settings-page").waitFor();
    await this.page.getByTestId("save-profile").waitFor();
  }

  async changePassword(current: string, next: string, confirm = next): Promise<void> {
    await this.page.getByTestId("current-password").fill(current);
    await this.page.getByTestId("new-password").fill(next);
    await this.page.getByTestId("confirm-password").fill(confirm);
    await this.page.getByTestId("change-password").click();
  }

  passwordNotice() {
    return this.page.getByTestId("password-notice");
  }

  async chooseLanguage(lang: "en" | "fr"): Promise<void> {
    await this.page.getByTestId(`profile-language-${lang}`).check();
  }

  /** Ticks or unticks one choice of a profile group (`sport`, `equipment` or `day`). */
  async setChoice(group: "sport" | "equipment" | "day", value: string, on: boolean): Promise<void> {
    await this.page.getByTestId(`profile-${group}-${value}`).setChecked(on);
  }

  async isChosen(group: "sport" | "equipment" | "day" | "language", value: string): Promise<boolean> {
    return this.page.getByTestId(`profile-${group}-${value}`).isChecked();
  }

  async saveProfile(): Promise<void> {
    await this.page.getByTestId("save-profile").click();
  }

  profileNotice() {
    return this.page.getByTestId("profile-notice");
  }
}
