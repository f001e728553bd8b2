import { describe, expect, it } from "vitest";
import { shareLinkStatus, shareLinkUrl, sortShareLinks } from "./share-link.js";
import type { ShareLinkView } from "./share-link.js";

function link(overrides: Partial<ShareLinkView>): ShareLinkView {
  return {
    linkId: "link-1",
    programId: "program-1",
    createdAt: "2026-03-04T08:00:00.000Z",
    expiresAt: "2026-04-03T08:00:00.000Z",
    revokedAt: null,
    active: true,
    ...overrides,
  };
}

describe("a share link for the yoga teacher's class", () => {
  it("is the public /shared/ page on this server, with the token escaped", () => {
    expect(shareLinkUrl("https://hipcheck.example", "abc_DEF-123")).toBe(
      "https://hipcheck.example/shared/abc_DEF-123",
    );
    expect(shareLinkUrl("http://127.0.0.1:8080/", "a/b")).toBe("http://127.0.0.1:8080/shared/a%2Fb");
  });

  it("says revoked once revoked, expired once past its date, active otherwise", () => {
    expect(shareLinkStatus(link({}))).toBe("active");
    expect(shareLinkStatus(link({ active: false }))).toBe("expired");
    expect(shareLinkStatus(link({ active: false, revokedAt: "2026-03-05T08:00:00.000Z" }))).toBe("revoked");
  });

  it("lists working links first, newest first within each group", () => {
    const sorted = sortShareLinks([
      link({ linkId: "old-active", createdAt: "2026-03-01T08:00:00.000Z" }),
      link({
        linkId: "revoked",
        createdAt: "2026-03-09T08:00:00.000Z",
        active: false,
        revokedAt: "2026-03-10T08:00:00.000Z",
      }),
      link({ linkId: "new-active", createdAt: "2026-03-08T08:00:00.000Z" }),
      link({ linkId: "expired", createdAt: "2026-01-01T08:00:00.000Z", active: false }),
    ]);
    expect(sorted.map((item) => item.linkId)).toEqual(["new-active", "old-active", "revoked", "expired"]);
  });
});
