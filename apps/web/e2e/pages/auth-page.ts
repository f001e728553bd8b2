import type { Page } from "playwright-core";

export class AuthPage {
  constructor(readonly page: Page) {}

  async signUp(email: string, password: string): Promise<void> {
    await this.page.goto("/sign-up");
    await this.fill(email, password);
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.page.goto("/sign-in");
    await this.fill(email, password);
  }

  /** The second step, after a right password for an account with two-step sign-in on. */
  async secondStep(code: string): Promise<void> {
    await this.page.getByTestId("two-step-sign-in-code").fill(code);
    await this.page.getByTestId("two-step-sign-in-submit").click();
  }

  /** Signing out lives on the "My data" page; once done, the menu offers to sign in again. */
  async signOut(): Promise<void> {
    await this.page.goto("/data");
    await this.page.getByTestId("sign-out").click();
    await this.page.getByTestId("nav-sign-in").waitFor();
  }

  error() {
    return this.page.getByTestId("auth-error");
  }

  private async fill(email: string, password: string): Promise<void> {
    await this.page.getByTestId("email").fill(email);
    await this.page.getByTestId("password").fill(password);
    await this.page.getByTestId("auth-submit").click();
  }
}
