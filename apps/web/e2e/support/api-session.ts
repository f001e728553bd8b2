/**
 * Calls the server's routes from the test process as a signed-in account (the admin who creates the coach),
 * through the same route table and client the web app uses.
 */
import { callRoute } from "@hipcheck/contracts";
import type { RouteTransport } from "@hipcheck/contracts";
import { nextTwoStepCode, rememberTwoStepKey } from "./two-step.js";

const nodeFetch: RouteTransport["fetch"] = (url, init) => fetch(url, init);

/** An admin acts only with two-step sign-in on (decision 0432): set up here, its key kept for later sign-ins. */
async function enrolAdmin(transport: RouteTransport, email: string): Promise<void> {
  const status = await callRoute(transport, "getTwoStep", {});
  if (!status.ok || status.value.enabled) return;
  const started = await callRoute(transport, "startTwoStepEnrolment", {});
  if (!started.ok) throw new Error(started.error.message);
  rememberTwoStepKey(email, started.value.secretBase32);
  const confirmed = await callRoute(transport, "confirmTwoStepEnrolment", {
    body: { code: nextTwoStepCode(email) },
  });
  if (!confirmed.ok) throw new Error(confirmed.error.message);
}

export async function signedInTransport(
  baseUrl: string,
  email: string,
  password: string,
): Promise<RouteTransport> {
  const post = (path: string, body: unknown) =>
    fetch(`${baseUrl}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-hipcheck-csrf": "1" },
      body: JSON.stringify(body),
    });
  let response = await post("/api/auth/sign-in", { email, password });
  const answer = response.status === 200 ? ((await response.clone().json()) as Record<string, unknown>) : {};
  if (typeof answer.challenge === "string") {
    response = await post("/api/auth/two-step", {
      challenge: answer.challenge,
      code: nextTwoStepCode(email),
    });
  }
  if (response.status !== 200) {
    throw new Error(`Sign-in of ${email} failed: ${String(response.status)} ${await response.text()}`);
  }
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const transport = { baseUrl, fetch: nodeFetch, headers: { cookie } };
  const signedIn = (await response.json()) as { account?: { role?: string } };
  if (signedIn.account?.role === "admin") await enrolAdmin(transport, email);
  return transport;
}

export async function createCoach(admin: RouteTransport, email: string, password: string): Promise<void> {
  const created = await callRoute(admin, "createCoachAccount", { body: { email, password } });
  if (!created.ok) throw new Error(created.error.message);
}
