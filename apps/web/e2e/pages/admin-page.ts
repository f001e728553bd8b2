import type { Page } from "playwright-core";

/** The clinic admin's accounts page. */
export class AdminPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId("nav-admin").click();
    await this.page.getByTestId("admin-page").waitFor();
    await this.row("").first().waitFor();
  }

  /** Rows whose account email starts with `emailPrefix` (all of them for ""). */
  row(email: string) {
    return this.page.locator(`[data-testid^="account-row-${email}"]`);
  }

  emails() {
    return this.page
      .locator('[data-testid^="account-row-"] th')
      .allTextContents()
      .then((texts) => texts.map((text) => text.trim()));
  }

  async createAccount(email: string, password: string, role: "coach" | "admin" = "coach"): Promise<void> {
    await this.page.getByTestId(`create-role-${role}`).check();
    await this.page.getByTestId("create-email").fill(email);
    await this.page.getByTestId("create-password").fill(password);
    await this.page.getByTestId("create-account").click();
  }

  createNotice() {
    return this.page.getByTestId("create-notice");
  }

  async filter(role: "all" | "person" | "coach" | "admin"): Promise<void> {
    await this.page.getByTestId("role-filter").selectOption(role);
  }

  /** Opens the confirmation of the account's row; returns its form. */
  async startDeleting(email: string) {
    await this.page.getByTestId(`account-row-${email}`).getByTestId("delete-account").click();
    return this.page.getByTestId("delete-confirmation");
  }
}
