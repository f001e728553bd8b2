/**
 * The local authority behind `serve --lan` (decision 0392): created once and kept, its key private to the
 * server's user, and the server's certificate issued again, from the same authority, when the machine's
 * addresses change or its end comes near.
 */
import { X509Certificate } from "node:crypto";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import type { NetworkInterfaceInfo } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lanAddresses } from "./lan-addresses.js";
import { loadOrCreateLocalAuthority } from "./local-authority.js";

const NOW = new Date("2026-12-04T12:00:00Z");
const DAY_MS = 86_400_000;

function serverCertificate(dataDir: string): X509Certificate {
  return new X509Certificate(readFileSync(join(dataDir, "lan-ca", "server.crt")));
}

describe("the local certificate authority", () => {
  it("keeps its keys private and issues a new server certificate for new addresses, from the same authority", () => {
    const dataDir = mkdtempSync(join(tmpdir(), "hipcheck-ca-"));
    const first = loadOrCreateLocalAuthority(dataDir, ["192.168.1.20", "studio.local"], NOW);
    expect(statSync(join(dataDir, "lan-ca", "ca.key")).mode & 0o077).toBe(0);
    expect(statSync(join(dataDir, "lan-ca", "server.key")).mode & 0o077).toBe(0);
    const moved = loadOrCreateLocalAuthority(dataDir, ["192.168.1.31", "studio.local"], NOW);
    expect(first.created).toBe(true);
    expect(moved.created).toBe(false);
    expect(moved.caFingerprintSha256).toBe(first.caFingerprintSha256);
    const served = serverCertificate(dataDir);
    expect(served.checkIP("192.168.1.31")).toBe("192.168.1.31");
    expect(served.checkIP("192.168.1.20")).toBeUndefined();
    expect(served.checkHost("studio.local")).toBe("studio.local");
    expect(served.verify(new X509Certificate(moved.caCertPem).publicKey)).toBe(true);
  });

  it("renews the server certificate when fewer than 30 days remain, and not before", () => {
    const dataDir = mkdtempSync(join(tmpdir(), "hipcheck-ca-"));
    const names = ["10.0.0.5"];
    loadOrCreateLocalAuthority(dataDir, names, NOW);
    const original = serverCertificate(dataDir).serialNumber;
    loadOrCreateLocalAuthority(dataDir, names, new Date(NOW.getTime() + 300 * DAY_MS));
    expect(serverCertificate(dataDir).serialNumber).toBe(original);
    loadOrCreateLocalAuthority(dataDir, names, new Date(NOW.getTime() + 380 * DAY_MS));
    expect(serverCertificate(dataDir).serialNumber).not.toBe(original);
  });
});

describe("the machine's LAN addresses", () => {
  it("lists private IPv4 addresses first, without loopback, link-local or IPv6", () => {
    const info = (address: string, family: "IPv4" | "IPv6", internal = false): NetworkInterfaceInfo =>
      family === "IPv4"
        ? { address, family, internal, netmask: "", mac: "", cidr: null }
        : { address, family, internal, netmask: "", mac: "", cidr: null, scopeid: 0 };
    expect(
      lanAddresses({
        lo: [info("127.0.0.1", "IPv4", true)],
        eth0: [info("203.0.113.7", "IPv4"), info("fe80::1", "IPv6")],
        wlan0: [info("192.168.1.20", "IPv4"), info("169.254.3.3", "IPv4")],
      }),
    ).toEqual(["192.168.1.20", "203.0.113.7"]);
  });
});
