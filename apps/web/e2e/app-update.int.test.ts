import { request as httpRequest, createServer } from "node:http";
import type { IncomingMessage, Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messagesEn } from "../src/i18n/messages-en.js";
import { messagesFr } from "../src/i18n/messages-fr.js";
import { AppShell } from "./pages/app-shell.js";
import { PHONE, openBrowser } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";
import { IN_FRENCH } from "./support/journey-language.js";

const MESSAGES = { en: messagesEn, fr: messagesFr } as const;

/**
 * The HipCheck server as its operator updates it: every request is passed on unchanged, except that the service
 * worker's script, once `publish()` is called, comes back one version newer (a comment added per version, so the
 * browser sees a changed script and installs it, as it does after a real upgrade).
 */
async function upgradableServer(upstream: string): Promise<{ url: string; publish(): void; close(): void }> {
  const target = new URL(upstream);
  let version = 0;
  const server: Server = createServer((incoming, outgoing) => {
    const isWorker = incoming.url?.split("?")[0] === "/sw.js";
    // The browser's own Host header goes on, as a reverse proxy's does: the server checks it against Origin.
    const headers = { ...incoming.headers };
    if (isWorker) {
      // The whole script, uncompressed, whatever the browser already holds.
      delete headers["if-none-match"];
      delete headers["if-modified-since"];
      delete headers["accept-encoding"];
    }
    const forwarded = httpRequest(
      { host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers },
      (answer: IncomingMessage) => {
        if (!isWorker || version === 0) {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk));
        answer.on("end", () => {
          const body = Buffer.concat([...chunks, Buffer.from(`\n// version ${version + 1}\n`)]);
          const sent = { ...answer.headers, "content-length": String(body.length) };
          delete sent.etag;
          delete sent["last-modified"];
          outgoing.writeHead(answer.statusCode ?? 502, sent);
          outgoing.end(body);
        });
      },
    );
    forwarded.on("error", () => outgoing.destroy());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    publish: () => {
      version += 1;
    },
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** Marks the page as loaded, so that a later check can tell whether the browser loaded it again since. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    const marked = window as unknown as { hipcheckTestMark?: boolean; controllerChanges?: number };
    marked.hipcheckTestMark = true;
    marked.controllerChanges = 0;
    navigator.serviceWorker.addEventListener("controllerchange", () => {
      marked.controllerChanges = (marked.controllerChanges ?? 0) + 1;
    });
  });
}

async function stillTheSamePage(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { hipcheckTestMark?: boolean }).hipcheckTestMark === true);
}

/** The browser looks for a new version (as it does on its own when a page opens) and the new one takes over. */
async function newVersionTakesOver(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  await page.waitForFunction(
    () => ((window as unknown as { controllerChanges?: number }).controllerChanges ?? 0) > 0,
  );
  // The new version is in charge; the page had time to be reloaded under the person if anything did it.
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration?.active?.state === "activated" && registration.installing === null;
  });
  await page.waitForTimeout(1_500);
}

/**
 * Léa signs up on her phone just as the clinic's server is upgraded. The new version of the app installs itself
 * while she types, but her page stays as it is (what she typed is still there); the new version opens with the
 * next page she goes to, whether the app takes her there after sign-up or she presses a link (decision 0923).
 */
describe.each(IN_FRENCH)("a new version of the app while Léa is on a page, in %s", (lang) => {
  let server: TestServer;
  let upgradable: Awaited<ReturnType<typeof upgradableServer>>;
  let lea: Person;

  beforeAll(async () => {
    server = await startTestServer();
    upgradable = await upgradableServer(server.url);
    lea = await openBrowser(upgradable.url);
    await lea.page.setViewportSize(PHONE);
  });

  afterAll(async () => {
    await lea.close();
    upgradable.close();
    await server.stop();
  });

  it("keeps her page as it is, and opens the next one with the new version", async () => {
    const { page } = lea;
    await page.goto("/sign-up");
    await new AppShell(page).chooseLanguage(lang);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await markPage(page);
    await page.getByTestId("email").fill(`lea-update-${lang}@example.test`);
    await page.getByTestId("password").fill("upgraded-while-typing-1");

    upgradable.publish();
    await newVersionTakesOver(page);
    expect(await stillTheSamePage(page)).toBe(true);
    expect(await page.getByTestId("email").inputValue()).toBe(`lea-update-${lang}@example.test`);
    expect(await page.getByTestId("password").inputValue()).toBe("upgraded-while-typing-1");

    // The app takes her to her check-in on its own: that page opens with the new version, and she is signed in.
    await page.getByTestId("auth-submit").click();
    // The check-in shows first in the page she typed in, then loads afresh: wait for the fresh one, not the first.
    await page.waitForFunction(
      () => (window as { hipcheckTestMark?: boolean }).hipcheckTestMark === undefined,
    );
    await page.getByTestId("step-about").waitFor();
    expect(page.url()).toMatch(/\/check-in\/about$/);
    const profile = await page.evaluate(async () => (await fetch("/api/profile")).status);
    expect(profile).toBe(200);

    // Another version comes out while she answers; the link she presses next opens its page with it.
    await markPage(page);
    await page.getByTestId("age").fill("29");
    upgradable.publish();
    await newVersionTakesOver(page);
    expect(await stillTheSamePage(page)).toBe(true);
    expect(await page.getByTestId("age").inputValue()).toBe("29");
    await page.getByTestId("nav-learn").click();
    await page.waitForURL(/\/learn$/);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await stillTheSamePage(page)).toBe(false);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(MESSAGES[lang].learn.title);

    // With no new version waiting, pages open inside the app as before: no load of the whole page.
    await markPage(page);
    await page.getByTestId("nav-progress").click();
    await page.waitForURL(/\/progress$/);
    expect(await stillTheSamePage(page)).toBe(true);
  });
});
