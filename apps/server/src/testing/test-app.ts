/**
 * A real server over an in-memory SQLite database, for tests: real use-cases, real storage, real argon2 at a
 * cheap cost, and a fixed clock so that dates in assertions do not depend on the day the tests run.
 */
import { createHipCheck } from "@hipcheck/application";
import type { AccountQuotas, Clock, HipCheck, HipCheckDeps } from "@hipcheck/application";
import { pathOf, routes } from "@hipcheck/contracts";
import type { RouteInput, RouteName, RouteOutput } from "@hipcheck/contracts";
import { CSRF_HEADER, CSRF_HEADER_VALUE, SESSION_COOKIE } from "@hipcheck/contracts";
import { openStorage } from "@hipcheck/storage";
import type { Storage, StorageOptions } from "@hipcheck/storage";
import type { FastifyInstance } from "fastify";
import webpush from "web-push";
import { buildApp } from "../app.js";
import type { AppDeps } from "../app.js";
import { createArgon2PasswordHasher, TEST_ARGON2_COST } from "../auth/argon2-password-hasher.js";
import { shareLinkKeyOf } from "../push/share-link-key.js";
import { cryptoSecrets } from "../system/crypto-secrets.js";
import { uuidV7Ids } from "../system/uuid-v7-ids.js";

export const TODAY = "2026-11-22";
export const fixedClock: Clock = { now: () => `${TODAY}T08:00:00.000Z`, today: () => TODAY };

/** A real VAPID key pair for the tests' server (its public key is what GET /api/push/public-key serves). */
export const TEST_VAPID_KEYS = webpush.generateVAPIDKeys();

export type TestApp = {
  readonly app: FastifyInstance;
  readonly hipcheck: HipCheck;
  readonly storage: Storage;
  close(): Promise<void>;
};

/**
 * SQLite in memory unless told otherwise (the PostgreSQL test passes a database URL), or a storage opened already
 * (a test that reads what that storage reports).
 */
export async function createTestApp(
  options: Omit<AppDeps, "hipcheck" | "attempts"> = {},
  storageOptions: StorageOptions | Storage = { filename: ":memory:" },
  /** Smaller quotas than the defaults, the sign-up policy (open unless given), the share-link key, the clock. */
  extra: Partial<AccountQuotas> &
    Partial<Pick<HipCheckDeps, "signUpPolicy" | "mailer" | "shareLinkKey" | "clock">> = {},
): Promise<TestApp> {
  const { signUpPolicy, mailer, shareLinkKey, clock, ...quotas } = extra;
  const storage = "repositories" in storageOptions ? storageOptions : await openStorage(storageOptions);
  const hipcheck = createHipCheck({
    repositories: storage.repositories,
    clock: clock ?? fixedClock,
    ids: uuidV7Ids,
    secrets: cryptoSecrets,
    passwords: createArgon2PasswordHasher(TEST_ARGON2_COST),
    pushPublicKey: TEST_VAPID_KEYS.publicKey,
    shareLinkKey: shareLinkKey ?? shareLinkKeyOf(TEST_VAPID_KEYS.privateKey),
    quotas,
    ...(signUpPolicy === undefined ? {} : { signUpPolicy }),
    ...(mailer === undefined ? {} : { mailer }),
  });
  const app = await buildApp({
    hipcheck,
    attempts: storage.attempts,
    rateLimit: { max: 10_000, timeWindowMs: 60_000 },
    readiness: () => storage.ping(),
    // Heavy work on the event loop, so that each test file does not start worker threads; the workers have
    // their own tests (heavy-work.test.ts).
    heavyWork: { threads: 0 },
    ...options,
  });
  return {
    app,
    hipcheck,
    storage,
    close: async () => {
      await app.close();
      await storage.close();
    },
  };
}

export type Answer = {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Record<string, unknown>;
};

/** JSON answers parsed; a downloaded file as text (a PDF's bytes are in `rawPayload`). */
function bodyOf(response: { body: string; headers: Record<string, unknown>; json(): unknown }): unknown {
  if (response.body === "") return undefined;
  const type = response.headers["content-type"];
  return typeof type === "string" && type.includes("json") && !type.includes("fhir")
    ? response.json()
    : response.body;
}

/** One browser's worth of state: the session cookie it holds. */
export class TestClient {
  private cookie: string | undefined;

  constructor(private readonly app: FastifyInstance) {}

  get signedIn(): boolean {
    return this.cookie !== undefined;
  }

  get cookieValue(): string | undefined {
    return this.cookie;
  }

  async call<N extends RouteName>(name: N, input: RouteInput<N>): Promise<Answer> {
    const route = routes[name];
    const parts = input as {
      params?: Record<string, unknown>;
      query?: Record<string, string>;
      body?: unknown;
    };
    const response = await this.app.inject({
      method: route.method,
      url: pathOf(route, parts.params),
      ...(parts.query === undefined ? {} : { query: parts.query }),
      headers: {
        [CSRF_HEADER]: CSRF_HEADER_VALUE,
        ...(this.cookie === undefined ? {} : { cookie: `${SESSION_COOKIE}=${this.cookie}` }),
      },
      ...(parts.body === undefined ? {} : { payload: parts.body as object }),
    });
    this.remember(response.cookies);
    return {
      status: response.statusCode,
      body: bodyOf(response),
      headers: response.headers,
    };
  }

  /** Like `call`, but a failure is a test failure, and the answer is checked against the contract. */
  async expectOk<N extends RouteName>(name: N, input: RouteInput<N>): Promise<RouteOutput<N>> {
    const answer = await this.call(name, input);
    if (answer.status >= 300) {
      throw new Error(`${name} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
    return routes[name].response.parse(answer.status === 204 ? null : answer.body) as RouteOutput<N>;
  }

  private remember(cookies: readonly { name: string; value: string; expires?: Date }[]): void {
    for (const cookie of cookies) {
      if (cookie.name !== SESSION_COOKIE) continue;
      const expired = cookie.value === "" || (cookie.expires !== undefined && cookie.expires.getTime() <= 0);
      this.cookie = expired ? undefined : cookie.value;
    }
  }
}
