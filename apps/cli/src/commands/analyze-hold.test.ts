import { describe, expect, it } from "vitest";
import { hipcheck } from "../../test/kit.js";

/** What `hipcheck analyze --test side-hold` asks for before it reads any video: the hold and the side. */
describe("hipcheck analyze --test side-hold, without its options", () => {
  it("asks which hold the video shows, then which side, each in one line (exit 65)", async () => {
    const noHold = await hipcheck(["analyze", "clip.mp4", "--test", "side-hold", "--side", "left"]);
    expect(noHold.code).toBe(65);
    expect(noHold.stderr).toMatch(
      /^hipcheck: say which hold the video shows: --hold abductor-endurance-hold/,
    );
    const noSide = await hipcheck([
      ...["analyze", "clip.mp4", "--test", "side-hold", "--hold", "side-bridge-hold", "--lang", "fr"],
    ]);
    expect(noSide.code).toBe(65);
    expect(noSide.stderr).toMatch(/^hipcheck: indiquez le côté testé\s: --side left ou --side right/);
    expect(noSide.stderr.split("\n")).toHaveLength(2);
  });

  it("refuses a hold that is not one of the two", async () => {
    const run = await hipcheck([
      "analyze",
      "clip.mp4",
      "--test",
      "side-hold",
      "--hold",
      "plank",
      "--side",
      "left",
    ]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/abductor-endurance-hold, side-bridge-hold/);
  });
});
