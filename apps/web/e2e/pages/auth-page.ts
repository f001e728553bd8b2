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

  private async fill(email: string, password: string): Promise<void> {
    await this.page.getByTestId("email").fill(email);
    await this.page.getByTestId("password").fill(password);
    await this.page.getByTestId("auth-submit").click();
  }
}
