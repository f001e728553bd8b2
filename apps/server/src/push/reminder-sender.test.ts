/**
 * The server's send, against a local HTTP endpoint standing in for a browser's push service: it must receive an
 * aes128gcm-encrypted POST signed with the server's VAPID key, which the browser's keys decrypt to the localized
 * reminder. A push service answering 410 makes the subscription go.
 */
import { createECDH, createPublicKey, hkdfSync, randomBytes, verify, createDecipheriv } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { PushSubscriptionRecord } from "@hipcheck/application";
import { generateProgram } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { openStorage, type Storage } from "@hipcheck/storage";
import webpush from "web-push";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sendDueReminders } from "./reminder-sender.js";

type Received = {
  readonly headers: IncomingMessage["headers"];
  readonly body: Buffer;
  readonly path: string;
};

const b64url = (value: string) => Buffer.from(value, "base64url");

/** The browser's side of RFC 8291: decrypts one aes128gcm push message with the subscription's private keys. */
function decrypt(body: Buffer, browser: ReturnType<typeof createECDH>, authSecret: Buffer): string {
  const salt = body.subarray(0, 16);
  const idLength = body.readUInt8(20);
  const serverPublicKey = body.subarray(21, 21 + idLength);
  const sealed = body.subarray(21 + idLength);
  const shared = browser.computeSecret(serverPublicKey);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), browser.getPublicKey(), serverPublicKey]);
  const ikm = Buffer.from(hkdfSync("sha256", shared, authSecret, keyInfo, 32));
  const cek = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: aes128gcm\0"), 16));
  const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: nonce\0"), 12));
  const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  const padded = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
  // The last record ends with the delimiter 0x02, then zero padding.
  return padded.subarray(0, padded.lastIndexOf(2)).toString("utf8");
}

/** Checks the VAPID JWT's ES256 signature against the public key sent with it; returns its claims. */
function verifiedVapidClaims(authorization: string): Record<string, unknown> & { k: string } {
  const match = /^vapid t=([^,]+), k=(.+)$/.exec(authorization);
  if (match === null) throw new Error(`not a VAPID authorization: ${authorization}`);
  const [, token, k] = match as unknown as [string, string, string];
  const [header, claims, signature] = token.split(".") as [string, string, string];
  const raw = b64url(k);
  const key = createPublicKey({
    key: {
      kty: "EC",
      crv: "P-256",
      x: raw.subarray(1, 33).toString("base64url"),
      y: raw.subarray(33).toString("base64url"),
    },
    format: "jwk",
  });
  const valid = verify(
    "sha256",
    Buffer.from(`${header}.${claims}`),
    { key, dsaEncoding: "ieee-p1363" },
    b64url(signature),
  );
  if (!valid) throw new Error("the VAPID signature does not verify");
  return { ...(JSON.parse(b64url(claims).toString("utf8")) as Record<string, unknown>), k };
}

describe("sending reminders to a push service", () => {
  let storage: Storage;
  let server: Server;
  let origin: string;
  let received: Received[];
  let answerStatus: number;
  const vapid = { ...webpush.generateVAPIDKeys(), subject: "mailto:clinic@example.org" };
  const program = generateProgram(personas.runnerPfp, { startDate: "2026-12-07", id: "p1" });
  if (!program.ok) throw new Error(program.error.message);
  const session = program.value.sessions[0]!;
  const browser = createECDH("prime256v1");
  browser.generateKeys();
  const authSecret = randomBytes(16);

  beforeEach(async () => {
    received = [];
    answerStatus = 201;
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        received.push({ headers: request.headers, body: Buffer.concat(chunks), path: request.url ?? "" });
        response.writeHead(answerStatus).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    storage = await openStorage({ filename: ":memory:" });
    await storage.repositories.accounts.insert({
      id: "dana",
      email: "dana@example.org",
      passwordHash: "hash",
      role: "person",
      createdAt: "2026-12-01T08:00:00.000Z",
      displayName: null,
    });
    await storage.repositories.programs.insert({
      id: "p1",
      accountId: "dana",
      groupId: null,
      createdAt: "2026-12-01T08:00:00.000Z",
      updatedAt: "2026-12-01T08:00:00.000Z",
      program: program.value,
    });
  });

  afterEach(async () => {
    await storage.close();
    await new Promise((resolve) => server.close(resolve));
  });

  const subscribe = async (language: "en" | "fr"): Promise<PushSubscriptionRecord> => {
    const record: PushSubscriptionRecord = {
      id: "s1",
      accountId: "dana",
      endpoint: `${origin}/push/dana-phone`,
      keys: { p256dh: browser.getPublicKey().toString("base64url"), auth: authSecret.toString("base64url") },
      reminderTime: "18:30",
      timeZone: "Europe/Paris",
      language,
      createdAt: "2026-12-01T08:00:00.000Z",
      lastSentOn: null,
    };
    await storage.repositories.pushSubscriptions.upsert(record);
    return record;
  };
  const reminderTime = new Date(`${session.date}T18:30:00+01:00`);

  it("posts an aes128gcm message with VAPID authorization that Dana's browser decrypts to her reminder, in French", async () => {
    await subscribe("fr");
    expect(await sendDueReminders(storage.repositories, vapid, reminderTime)).toEqual({
      sent: 1,
      expired: 0,
      failed: [],
    });
    expect(received).toHaveLength(1);
    const [push] = received as [Received];
    expect(push.path).toBe("/push/dana-phone");
    expect(push.headers["content-encoding"]).toBe("aes128gcm");
    expect(push.headers["content-type"]).toBe("application/octet-stream");
    expect(Number(push.headers.ttl)).toBeGreaterThan(0);
    const claims = verifiedVapidClaims(String(push.headers.authorization));
    expect(claims).toMatchObject({ aud: origin, sub: "mailto:clinic@example.org", k: vapid.publicKey });
    expect(push.body.toString("latin1")).not.toContain("HipCheck");
    const payload = JSON.parse(decrypt(push.body, browser, authSecret)) as Record<string, string>;
    expect(payload).toEqual({
      title: "HipCheck\u00a0: séance du jour",
      body: `Votre séance est prévue aujourd’hui (environ ${String(session.estimatedMinutes)} min). Touchez pour la commencer.`,
      url: `/session/${session.id}`,
      tag: `hipcheck-session-${session.id}`,
    });
  });

  it("records the day, so the next minute's run sends nothing more that day", async () => {
    await subscribe("en");
    await sendDueReminders(storage.repositories, vapid, reminderTime);
    const later = new Date(reminderTime.getTime() + 60_000);
    expect(await sendDueReminders(storage.repositories, vapid, later)).toEqual({
      sent: 0,
      expired: 0,
      failed: [],
    });
    expect(received).toHaveLength(1);
    expect(await storage.repositories.pushSubscriptions.findById("s1")).toMatchObject({
      lastSentOn: session.date,
    });
    expect(JSON.parse(decrypt(received[0]!.body, browser, authSecret))).toMatchObject({
      title: "HipCheck: today's session",
    });
  });

  it("a subscription the push service says is gone (410) is deleted", async () => {
    await subscribe("en");
    answerStatus = 410;
    expect(await sendDueReminders(storage.repositories, vapid, reminderTime)).toEqual({
      sent: 0,
      expired: 1,
      failed: [],
    });
    expect(await storage.repositories.pushSubscriptions.listAll()).toEqual([]);
  });

  it("a push service failing (500) keeps the subscription and leaves the day open for the next run", async () => {
    await subscribe("en");
    answerStatus = 500;
    const report = await sendDueReminders(storage.repositories, vapid, reminderTime);
    expect(report).toMatchObject({ sent: 0, expired: 0, failed: [{ subscriptionId: "s1" }] });
    expect(await storage.repositories.pushSubscriptions.findById("s1")).toMatchObject({ lastSentOn: null });
    answerStatus = 201;
    expect(await sendDueReminders(storage.repositories, vapid, reminderTime)).toMatchObject({ sent: 1 });
  });
});
