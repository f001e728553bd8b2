import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ACTIVITY_IMPORT_BODY_LIMIT_BYTES } from "@hipcheck/contracts";
import { ACTIVITY_FILE_BYTES_MAX, activityFileBody, base64OfBytes } from "./activity-file-body.js";
import { testdataPath } from "../../../../../testdata/testdata-path.js";

/** A real photo, several slices long: the bytes a person might pick by mistake instead of a FIT file. */
const PHOTO = readFileSync(testdataPath("images/human_person-vlado5.jpg"));

describe("an activity file read in the browser for the import route", () => {
  it("encodes every byte of a large file as standard base64, across slice boundaries", () => {
    expect(PHOTO.length).toBeGreaterThan(0x8000 * 3);
    expect(base64OfBytes(new Uint8Array(PHOTO))).toBe(PHOTO.toString("base64"));
  });

  it("encodes short and empty inputs with their padding", () => {
    expect(base64OfBytes(new Uint8Array([]))).toBe("");
    expect(base64OfBytes(new Uint8Array([0xff]))).toBe("/w==");
    expect(base64OfBytes(new TextEncoder().encode("<gpx/>"))).toBe(Buffer.from("<gpx/>").toString("base64"));
  });

  it("keeps the name Dana's watch gave her file beside its bytes", async () => {
    const file = new File([new Uint8Array(PHOTO)], "2026-03-08-long-run.fit");
    const body = await activityFileBody(file);
    expect(body).toEqual({
      ok: true,
      value: {
        fileName: "2026-03-08-long-run.fit",
        contentBase64: PHOTO.toString("base64"),
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      },
    });
  });

  it("refuses a file whose base64 would not fit the route's body limit, without reading it", async () => {
    expect(Math.ceil(ACTIVITY_FILE_BYTES_MAX / 3) * 4).toBeLessThanOrEqual(ACTIVITY_IMPORT_BODY_LIMIT_BYTES);
    const huge = new File([new Uint8Array(ACTIVITY_FILE_BYTES_MAX + 1)], "year-of-rides.fit");
    expect(await activityFileBody(huge)).toEqual({
      ok: false,
      error: { kind: "too-large", limitBytes: ACTIVITY_FILE_BYTES_MAX },
    });
  });
});
