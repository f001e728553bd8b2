/** Codes as people type them: any case, spaces or dashes anywhere, and O/I/L for 0/1/1 (decision 0271). */
export function normalizeInvitationCode(typed: string): string {
  const compact = typed.toUpperCase().replace(/[\s\-–—_.]+/g, "");
  const match = /^HIP([0-9A-Z]{8})$/.exec(compact);
  if (!match?.[1]) return typed.trim().toUpperCase();
  const body = match[1].replace(/O/g, "0").replace(/[IL]/g, "1");
  return `HIP-${body.slice(0, 4)}-${body.slice(4)}`;
}
