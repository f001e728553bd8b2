/**
 * A mail to the account's own address when how it is signed in to changes (decision 0680): a new password, a
 * one-time link used, two-step sign-in turned off or reset, a recovery code spent or replaced. Whoever made the
 * change, the person hears of it and can act (OWASP Authentication Cheat Sheet: notify the user of changes to
 * their credentials). Sent after the change is stored, in the language of the person's profile.
 */
import type { SecurityChange } from "../account-mailer.js";
import type { HipCheckDeps } from "../use-case.js";

export async function sendSecurityNotice(
  deps: Pick<HipCheckDeps, "repositories" | "clock" | "mailer">,
  accountId: string,
  change: SecurityChange,
): Promise<void> {
  const { mailer, repositories, clock } = deps;
  if (mailer === undefined) return;
  const [account, profile] = await Promise.all([
    repositories.accounts.findById(accountId),
    repositories.profiles.find(accountId),
  ]);
  if (account === undefined) return;
  mailer.send({
    kind: "security-notice",
    to: account.email,
    language: profile?.language ?? "en",
    change,
    at: clock.now(),
  });
}
