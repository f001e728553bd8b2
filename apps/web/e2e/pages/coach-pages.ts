import type { Page } from "playwright-core";

/** The coach's roster, invitation and a client's page with the program editor. */
export class CoachPages {
  constructor(readonly page: Page) {}

  async createInvitationCode(): Promise<string> {
    await this.page.goto("/coach");
    await this.page.getByTestId("create-invite").click();
    return (await this.page.getByTestId("invite-code").textContent()) ?? "";
  }

  async openClient(email: string): Promise<void> {
    await this.page.goto("/coach");
    await this.page.getByTestId(`client-row-${email}`).getByRole("link").click();
    await this.page.getByTestId("program-edit-form").waitFor();
  }

  /** Changes the first exercise's dose to `sets` × `amount`, with a reason in both languages. */
  async changeFirstDose(sets: number, amount: number, reasonEn: string, reasonFr: string): Promise<void> {
    const page = this.page;
    await page.getByTestId("edit-action-change-dose").check();
    await page.getByTestId("edit-sets").fill(String(sets));
    await page.getByTestId("edit-amount").fill(String(amount));
    await page.getByTestId("edit-reason-en").fill(reasonEn);
    await page.getByTestId("edit-reason-fr").fill(reasonFr);
    await page.getByTestId("edit-submit").click();
    await page.getByTestId("edit-status").waitFor();
  }
}

export class JoinPage {
  constructor(readonly page: Page) {}

  async acceptByLink(code: string): Promise<string> {
    await this.page.goto(`/join?code=${encodeURIComponent(code)}`);
    await this.page.getByTestId("join-submit").click();
    return (await this.page.getByTestId("join-status").textContent()) ?? "";
  }
}
