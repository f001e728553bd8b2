/** What a share link looks like to the person who made it: its address and whether it still works. */
import type { RouteOutput } from "@hipcheck/contracts";

export type ShareLinkView = RouteOutput<"listShareLinks">[number];
export type ShareLinkStatus = "active" | "revoked" | "expired";

/** The days a new link lasts unless the person picks another number (the server's own default). */
export const SHARE_LINK_DAYS_DEFAULT = 30;
export const SHARE_LINK_DAYS_MAX = 365;

/** The public page for a token; the token is shown once, so this is the only time the full link exists. */
export function shareLinkUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}/shared/${encodeURIComponent(token)}`;
}

/** A revoked link says so even after it would have expired: that is what the person did. */
export function shareLinkStatus(link: ShareLinkView): ShareLinkStatus {
  if (link.revokedAt !== null) return "revoked";
  return link.active ? "active" : "expired";
}

/** Working links first, then the newest. */
export function sortShareLinks(links: readonly ShareLinkView[]): ShareLinkView[] {
  const rank = (link: ShareLinkView) => (shareLinkStatus(link) === "active" ? 0 : 1);
  return [...links].sort((a, b) => rank(a) - rank(b) || b.createdAt.localeCompare(a.createdAt));
}
