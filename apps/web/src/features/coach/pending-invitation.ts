/**
 * A coach's code opened before the person has an account: kept in this tab while they sign up or sign in, so
 * the join page can offer it afterwards. It grants nothing by itself; accepting still needs the person's click.
 */
const KEY = "hipcheck.pendingInvitation";

export function rememberInvitation(code: string): void {
  sessionStorage.setItem(KEY, code);
}

export function pendingInvitation(): string | null {
  return sessionStorage.getItem(KEY);
}

export function forgetInvitation(): void {
  sessionStorage.removeItem(KEY);
}
