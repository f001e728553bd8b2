/**
 * Debian's Chromium driven by playwright-core, each person in a fresh profile (a new --user-data-dir), so
 * cookies, IndexedDB and the service worker never leak between people or runs.
 */
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { BrowserContext, Page } from "playwright-core";
import { REPO_ROOT } from "./hipcheck-server.js";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const PHONE = { width: 390, height: 844 } as const;
export const LAPTOP = { width: 1280, height: 800 } as const;

export type Person = { readonly context: BrowserContext; readonly page: Page; close(): Promise<void> };

export type BrowserOptions = {
  /** An MJPEG file Chromium plays as the camera (with camera permission granted), for the movement screen. */
  readonly fakeCamera?: string;
  /**
   * Lets a test add its own script to the page (the accessibility audit injects axe-core): the app's
   * Content-Security-Policy rightly refuses any script it does not serve itself.
   */
  readonly bypassCsp?: boolean;
  /**
   * Chromium's home folder: its certificate store (`.pki/nssdb`) lives there, so a test can make it trust a local
   * authority (Caddy's `tls internal`) as a person's computer would.
   */
  readonly home?: string;
  /** More Chromium switches (e.g. `--host-resolver-rules` to reach a test domain on loopback). */
  readonly extraArgs?: readonly string[];
};

export async function openBrowser(baseUrl: string, options: BrowserOptions = {}): Promise<Person> {
  const profile = mkdtempSync(join(tmpdir(), "hipcheck-chromium-"));
  const camera =
    options.fakeCamera === undefined
      ? []
      : [
          "--use-fake-device-for-media-stream",
          "--use-fake-ui-for-media-stream",
          `--use-file-for-fake-video-capture=${options.fakeCamera}`,
        ];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, ...camera, ...(options.extraArgs ?? [])],
    ...(options.home === undefined ? {} : { env: { ...process.env, HOME: options.home } }),
    headless: true,
    baseURL: baseUrl,
    viewport: LAPTOP,
    bypassCSP: options.bypassCsp === true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The smallest phone width people still use (an iPhone SE): nothing may be wider than it. */
export const SMALL_PHONE = { width: 320, height: 640 } as const;

/**
 * How far the page scrolls sideways at a small phone's width, in CSS pixels (0 when nothing is wider than the
 * screen); the laptop size is put back afterwards.
 */
export async function sidewaysScrollPx(page: Page): Promise<number> {
  await page.setViewportSize(SMALL_PHONE);
  // Measured once the page has settled at that width (its own resize handlers and observers redraw it over a few
  // frames): the same figure five frames running, or the last one after 60 frames.
  const px = await page.evaluate(async () => {
    const overflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;
    let last = overflow();
    let steady = 0;
    for (let frame = 0; frame < 60 && steady < 5; frame += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = overflow();
      steady = now === last ? steady + 1 : 0;
      last = now;
    }
    return last;
  });
  await page.setViewportSize(LAPTOP);
  return px;
}

const SCREENSHOTS = join(REPO_ROOT, "artifacts/screenshots");

/** Saves the page at phone and laptop size under artifacts/screenshots/ (git-ignored), for people to look at. */
export async function screenshotBothSizes(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const [size, viewport] of [
    ["phone", PHONE],
    ["laptop", LAPTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${size}.png`), fullPage: true });
  }
  await page.setViewportSize(LAPTOP);
}
