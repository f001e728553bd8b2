import { describe, expect, it } from "vitest";
import { MemoryShelf, RetryIds } from "./retry-ids.js";

function counter() {
  let next = 0;
  return () => `id-${String((next += 1))}`;
}

describe("one id per action, kept across its tries", () => {
  it("sends Maya's note tried again after a lost answer under the same id", () => {
    const ids = new RetryIds("note:dana", new MemoryShelf(), counter());
    const note = { clientId: "dana", body: "Keep the band on." };
    expect(ids.idFor(note)).toBe("id-1");
    expect(ids.idFor({ ...note })).toBe("id-1");
  });

  it("keeps the id across a reload: a new page on the same shelf finds it", () => {
    const shelf = new MemoryShelf();
    const note = { clientId: "dana", body: "Keep the band on." };
    const before = new RetryIds("note:dana", shelf, counter()).idFor(note);
    const afterReload = new RetryIds("note:dana", shelf, () => "fresh");
    expect(afterReload.idFor(note)).toBe(before);
  });

  it("gives a changed text a new id, and a new action once the server took the last one", () => {
    const ids = new RetryIds("note:dana", new MemoryShelf(), counter());
    expect(ids.idFor({ body: "3 × 8" })).toBe("id-1");
    expect(ids.idFor({ body: "3 × 10" })).toBe("id-2");
    ids.taken();
    expect(ids.idFor({ body: "3 × 10" })).toBe("id-3");
  });

  it("forgets a stored value it cannot read and starts a new action", () => {
    const shelf = new MemoryShelf();
    shelf.setItem("invite", "{not json");
    expect(new RetryIds("invite", shelf, counter()).idFor({ validDays: 14 })).toBe("id-1");
  });
});
