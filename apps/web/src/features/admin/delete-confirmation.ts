/**
 * Deleting an account cannot be undone, so the admin types the account's email first. Emails are compared as the
 * server compares them (case-insensitive, spaces around ignored), so a confirmation never fails on letter case.
 */
export function confirmsDeletion(typed: string, email: string): boolean {
  return typed.trim().toLowerCase() === email.trim().toLowerCase();
}
