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
    await page.getByTestId("edit-reason").fill(reasonEn);
    await page.getByTestId("edit-reason-language").selectOption("en");
    await page.getByTestId("edit-reason-translation").fill(reasonFr);
    await page.getByTestId("edit-submit").click();
    await page.getByTestId("edit-status").waitFor();
  }
}

/** A handheld dynamometer reading, as the coach types it on the client's page. */
export type ClinicReading = {
  readonly left: string;
  readonly right: string;
  readonly leverArmM: string;
  readonly bodyMassKg: string;
  readonly device: string;
  readonly placement: string;
};

/** The clinic reading form on a client's page. */
export class ClinicReadingForm {
  constructor(readonly page: Page) {}

  async enter(reading: ClinicReading): Promise<void> {
    const form = this.page.getByTestId("clinic-reading");
    await form.getByTestId("clinic-force-left").fill(reading.left);
    await form.getByTestId("clinic-force-right").fill(reading.right);
    await form.getByTestId("clinic-leverArmM").fill(reading.leverArmM);
    await form.getByTestId("clinic-bodyMassKg").fill(reading.bodyMassKg);
    await form.getByTestId("clinic-device").fill(reading.device);
    await form.getByTestId("clinic-placement").fill(reading.placement);
    await form.getByTestId("clinic-save").click();
  }

  problem() {
    return this.page.getByTestId("clinic-problem");
  }

  saved() {
    return this.page.getByTestId("clinic-saved");
  }

  /** Kept on the device until the connection is back. */
  queued() {
    return this.page.getByTestId("clinic-queued");
  }
}

/** A class of clients sharing one program template. */
export class GroupSection {
  constructor(readonly page: Page) {}

  async createWithMember(name: string, memberEmail: string): Promise<void> {
    await this.page.goto("/coach");
    await this.page.getByTestId("group-name").fill(name);
    await this.page.getByTestId("create-group").click();
    const group = this.page.getByTestId(`group-${name}`);
    await group.getByTestId(`member-${memberEmail}`).click();
    await group.getByTestId("group-adherence").waitFor();
  }

  /** Shows what assigning would do; answers each member's planned outcome (`data-plan`). */
  async preview(name: string, memberEmail: string): Promise<string | null> {
    const group = this.page.getByTestId(`group-${name}`);
    await group.getByTestId("preview-assignment").click();
    return group.getByTestId(`plan-${memberEmail}`).getAttribute("data-plan");
  }

  /** Confirms the assignment, ticking "replace anyway" for the members listed; answers the result's text. */
  async confirm(name: string, replace: readonly string[] = []): Promise<string> {
    const group = this.page.getByTestId(`group-${name}`);
    for (const email of replace) await group.getByTestId(`replace-${email}`).check();
    await group.getByTestId("assign-template").click();
    return (await group.getByTestId("assign-status").textContent()) ?? "";
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
