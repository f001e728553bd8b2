/**
 * Files to take away, as a person or their coach gets them over HTTP. Needs poppler-utils (`pdftotext`): the
 * handout is read the way a PDF reader opens it.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CSRF_HEADER, CSRF_HEADER_VALUE, pathOf, routes, SESSION_COOKIE } from "@hipcheck/contracts";
import { personas } from "@hipcheck/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScene, EMAILS } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";

let scene: Scene;
let folder: string;
beforeAll(async () => {
  scene = await createScene();
  folder = mkdtempSync(join(tmpdir(), "hipcheck-handout-"));
});
afterAll(async () => {
  await scene.close();
  rmSync(folder, { recursive: true, force: true });
});

async function downloadPdf(cookie: string | undefined, url: string) {
  return scene.t.app.inject({
    method: "GET",
    url,
    headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE, cookie: `${SESSION_COOKIE}=${cookie ?? ""}` },
  });
}

function textOf(bytes: Buffer): string {
  const path = join(folder, `handout-${String(Math.abs(bytes.length))}.pdf`);
  writeFileSync(path, bytes);
  return execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

describe("the printable handout", () => {
  it("Maya, Dana's coach, prints Dana's program in French with the name Dana gave and the pain rule", async () => {
    const url = `${pathOf(routes.getHandoutPdf, { programId: scene.ids.programId })}?lang=fr`;
    const answer = await downloadPdf(scene.as.coach.cookieValue, url);
    expect(answer.statusCode).toBe(200);
    expect(answer.headers["content-type"]).toBe("application/pdf");
    expect(answer.headers["content-disposition"]).toMatch(/^attachment; filename="hipcheck-program-fr\.pdf"/);
    expect(answer.rawPayload.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = textOf(answer.rawPayload);
    expect(text).toContain(`Préparé pour ${personas.runnerPfp.person.name ?? EMAILS.person}`);
    expect(text).toContain("jusqu’à 5 sur 10 est acceptable");
  });

  it("the handout behind a share link names no one: no empty 'Prepared for' line, a neutral one instead", async () => {
    const link = await scene.as.person.expectOk("createShareLink", {
      params: { programId: scene.ids.programId },
      body: { days: 7 },
    });
    const shared = pathOf(routes.getSharedHandoutPdf, { token: link.token });
    const english = await downloadPdf(undefined, `${shared}?lang=en`);
    expect(english.statusCode).toBe(200);
    const text = textOf(english.rawPayload);
    expect(text).toContain("Shared program");
    expect(text).not.toContain("Prepared for");
    expect(text).not.toContain(personas.runnerPfp.person.name ?? EMAILS.person);
    const french = textOf((await downloadPdf(undefined, `${shared}?lang=fr`)).rawPayload);
    expect(french).toContain("Programme partagé");
    expect(french).not.toContain("Préparé pour");
  });

  it("Dana's own copy is in her program's language when she asks for none", async () => {
    const url = pathOf(routes.getHandoutPdf, { programId: scene.ids.programId });
    const answer = await downloadPdf(scene.as.person.cookieValue, url);
    expect(answer.statusCode).toBe(200);
    expect(textOf(answer.rawPayload)).toContain("up to 5 out of 10 is acceptable");
  });
});
