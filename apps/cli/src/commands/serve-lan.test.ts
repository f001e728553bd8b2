/**
 * `hipcheck serve --lan` (decision 0392): HTTPS with a certificate from a local authority kept in the data folder,
 * fetched here the way a phone that trusts the authority does; the same authority and certificate after a restart;
 * the trust page in both languages with the authority's certificate to download.
 */
import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { request } from "node:https";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { RunningServer } from "@hipcheck/server";
import { tempDir } from "../../test/kit.js";
import type { CliIo } from "../io.js";
import { runServe } from "./serve.js";

function capturingIo(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    isInteractive: false,
    cwd,
    env: {},
  };
}

type Fetched = { readonly status: number; readonly type: string; readonly body: Buffer };

/** GET over HTTPS trusting only `ca` (as a phone that installed the authority), or the system's list without it. */
function getOver(url: string, ca?: string, headers: Record<string, string> = {}): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const call = request(url, { ...(ca === undefined ? {} : { ca }), headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        resolve({
          status: response.statusCode ?? 0,
          type: response.headers["content-type"] ?? "",
          body: Buffer.concat(chunks),
        });
      });
    });
    call.on("error", reject);
    call.end();
  });
}

const running: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

async function serveLan(dataDir: string): Promise<{ url: string; output: string }> {
  const io = capturingIo(dataDir);
  const server = await runServe(io, { port: "0", host: "127.0.0.1", dataDir, lan: true });
  if (typeof server === "number") throw new Error(io.err.join(""));
  running.push(server);
  // Listening on every address; this test reaches it through loopback, which the certificate also names.
  return { url: `https://127.0.0.1:${new URL(server.url).port}`, output: io.out.join("") };
}

describe("hipcheck serve --lan", () => {
  it("serves HTTPS that a client trusting the generated authority accepts, and nothing else does", async () => {
    const dataDir = tempDir();
    const { url, output } = await serveLan(dataDir);
    expect(output).toMatch(/HipCheck is running at https:\/\//);
    expect(output).toContain(`A local certificate authority was created in ${dataDir}/lan-ca`);
    expect(output).toMatch(/SHA-256 fingerprint: ([0-9A-F]{2}:){31}[0-9A-F]{2}/);

    const caPem = readFileSync(join(dataDir, "lan-ca", "ca.crt"), "utf8");
    const health = await getOver(`${url}/api/health`, caPem);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body.toString())).toEqual({ status: "ok" });
    await expect(getOver(`${url}/api/health`)).rejects.toThrow(/self-signed|unable to verify|issuer/i);

    // The certificate a phone sees: issued by the authority, for this machine, for server use, within 398 days.
    const served = new X509Certificate(readFileSync(join(dataDir, "lan-ca", "server.crt")));
    const authority = new X509Certificate(caPem);
    expect(authority.ca).toBe(true);
    expect(served.ca).toBe(false);
    expect(served.verify(authority.publicKey)).toBe(true);
    expect(served.checkIP("127.0.0.1")).toBe("127.0.0.1");
    expect(served.keyUsage).toContain("1.3.6.1.5.5.7.3.1");
    const validDays = (Date.parse(served.validTo) - Date.parse(served.validFrom)) / 86_400_000;
    expect(validDays).toBeLessThanOrEqual(398);
  });

  it("keeps the same authority and certificate across a restart, and says so", async () => {
    const dataDir = tempDir();
    const first = await serveLan(dataDir);
    const fingerprint = /SHA-256 fingerprint: (\S+)/.exec(first.output)?.[1];
    const certificate = readFileSync(join(dataDir, "lan-ca", "server.crt"), "utf8");
    await running.splice(0)[0]?.close();

    const second = await serveLan(dataDir);
    expect(second.output).toContain(`Using the local certificate authority kept in ${dataDir}/lan-ca`);
    expect(second.output).toContain(`SHA-256 fingerprint: ${String(fingerprint)}`);
    expect(readFileSync(join(dataDir, "lan-ca", "server.crt"), "utf8")).toBe(certificate);
    const caPem = readFileSync(join(dataDir, "lan-ca", "ca.crt"), "utf8");
    expect((await getOver(`${second.url}/api/health`, caPem)).status).toBe(200);
  });

  it("serves the trust page in English and French, with the authority's certificate to download", async () => {
    const dataDir = tempDir();
    const { url, output } = await serveLan(dataDir);
    const caPem = readFileSync(join(dataDir, "lan-ca", "ca.crt"), "utf8");
    const fingerprint = /SHA-256 fingerprint: (\S+)/.exec(output)?.[1] ?? "missing";

    const english = await getOver(`${url}/lan`, caPem);
    expect(english.type).toContain("text/html");
    const page = english.body.toString();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain("iPhone and iPad (Safari)");
    expect(page).toContain("Certificate Trust Settings");
    expect(page).toContain("Android (Chrome)");
    expect(page).toContain("Chrome refuses the service worker on a certificate it does not trust");
    expect(page).toContain(fingerprint);

    const french = (
      await getOver(`${url}/lan`, caPem, { "accept-language": "fr-FR,fr;q=0.9" })
    ).body.toString();
    expect(french).toContain('<html lang="fr">');
    expect(french).toContain("Réglages des certificats");
    expect(french).toContain("Ce qui ne fonctionne pas avec un tel certificat");
    expect(
      (await getOver(`${url}/lan?lang=en`, caPem, { "accept-language": "fr" })).body.toString(),
    ).toContain('<html lang="en">');

    const der = await getOver(`${url}/lan/hipcheck-ca.crt`, caPem);
    expect(der.type).toBe("application/x-x509-ca-cert");
    expect(new X509Certificate(der.body).fingerprint256).toBe(fingerprint);
    const pem = await getOver(`${url}/lan/hipcheck-ca.pem`, caPem);
    expect(pem.body.toString()).toBe(caPem);
  });
});
