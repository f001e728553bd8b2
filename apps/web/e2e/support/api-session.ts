/**
 * Calls the server's routes from the test process as a signed-in account (the admin who creates the coach),
 * through the same route table and client the web app uses.
 */
import { callRoute } from "@hipcheck/contracts";
import type { RouteTransport } from "@hipcheck/contracts";

const nodeFetch: RouteTransport["fetch"] = (url, init) => fetch(url, init);

export async function signedInTransport(
  baseUrl: string,
  email: string,
  password: string,
): Promise<RouteTransport> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-hipcheck-csrf": "1" },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) {
    throw new Error(`Sign-in of ${email} failed: ${String(response.status)} ${await response.text()}`);
  }
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  return { baseUrl, fetch: nodeFetch, headers: { cookie } };
}

export async function createCoach(admin: RouteTransport, email: string, password: string): Promise<void> {
  const created = await callRoute(admin, "createCoachAccount", { body: { email, password } });
  if (!created.ok) throw new Error(created.error.message);
}
