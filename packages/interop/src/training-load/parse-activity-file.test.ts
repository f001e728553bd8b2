import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { zipSync } from "fflate";
import { Encoder, Profile, type FileIdMesg, type SessionMesg } from "@garmin/fitsdk";
import { describe, expect, it } from "vitest";
import { testdataPath } from "../testing/testdata-path.js";
import { DEFAULT_CYCLING_RPM, DEFAULT_RUNNING_STEPS_PER_MIN } from "./estimate-repetitions.js";
import { ACTIVITY_ZIP_ENTRIES_MAX, unzipped } from "./activity-archives.js";
import { ACTIVITY_FILE_BYTES_MAX, parseActivityFile } from "./parse-activity-file.js";
import { TRACK_POINTS_MAX } from "./parse-gpx.js";

const encoder = new TextEncoder();

/** Dana's 45-minute Sunday long run and Marco's 2-hour ride, written with Garmin's own FIT encoder. */
function fitFile(): Uint8Array {
  const fileId: FileIdMesg = {
    manufacturer: "development",
    product: 1,
    timeCreated: new Date("2026-03-08T08:00:00Z"),
    type: "activity",
  };
  const run: SessionMesg = {
    timestamp: new Date("2026-03-08T08:45:00Z"),
    startTime: new Date("2026-03-08T08:00:00Z"),
    sport: "running",
    totalElapsedTime: 2760,
    totalTimerTime: 2700,
    totalDistance: 9000,
    avgCadence: 84,
    totalCycles: 3780,
  };
  const ride: SessionMesg = {
    timestamp: new Date("2026-03-14T11:00:00Z"),
    startTime: new Date("2026-03-14T09:00:00Z"),
    sport: "cycling",
    totalElapsedTime: 7200,
    totalTimerTime: 7200,
    totalDistance: 55_000,
  };
  const fit = new Encoder();
  fit.onMesg(Profile.MesgNum.FILE_ID!, fileId);
  fit.onMesg(Profile.MesgNum.SESSION!, run);
  fit.onMesg(Profile.MesgNum.SESSION!, ride);
  return fit.close();
}

const GPX_RUN = `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"
     xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
  <trk><name>Footing du matin</name><type>running</type><trkseg>
    <trkpt lat="48.8566" lon="2.3522"><time>2026-03-10T06:30:00Z</time>
      <extensions><gpxtpx:TrackPointExtension><gpxtpx:cad>82</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>
    <trkpt lat="48.8656" lon="2.3522"><time>2026-03-10T06:35:00Z</time>
      <extensions><gpxtpx:TrackPointExtension><gpxtpx:cad>84</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>
    <trkpt lat="48.8746" lon="2.3522"><time>2026-03-10T06:40:00Z</time>
      <extensions><gpxtpx:TrackPointExtension><gpxtpx:cad>86</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>
  </trkseg></trk>
</gpx>`;

const TCX_RIDE_AND_RUN = `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"
    xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">
  <Activities>
    <Activity Sport="Biking">
      <Id>2026-03-12T17:00:00Z</Id>
      <Lap StartTime="2026-03-12T17:00:00Z"><TotalTimeSeconds>1800</TotalTimeSeconds><DistanceMeters>15000</DistanceMeters><Cadence>90</Cadence></Lap>
      <Lap StartTime="2026-03-12T17:30:00Z"><TotalTimeSeconds>1800</TotalTimeSeconds><DistanceMeters>14000</DistanceMeters><Cadence>80</Cadence></Lap>
    </Activity>
    <Activity Sport="Running">
      <Id>2026-03-13T07:00:00Z</Id>
      <Lap StartTime="2026-03-13T07:00:00Z"><TotalTimeSeconds>1200</TotalTimeSeconds><DistanceMeters>4000</DistanceMeters>
        <Track>
          <Trackpoint><Time>2026-03-13T07:00:00Z</Time><Extensions><ns3:TPX><ns3:RunCadence>80</ns3:RunCadence></ns3:TPX></Extensions></Trackpoint>
          <Trackpoint><Time>2026-03-13T07:10:00Z</Time><Extensions><ns3:TPX><ns3:RunCadence>84</ns3:RunCadence></ns3:TPX></Extensions></Trackpoint>
        </Track>
      </Lap>
    </Activity>
  </Activities>
</TrainingCenterDatabase>`;

function failure(result: ReturnType<typeof parseActivityFile>) {
  expect(result.ok).toBe(false);
  return result.ok ? undefined : result.error;
}

describe("parseActivityFile on real FIT, GPX and TCX", () => {
  it("reads Dana's run from a FIT file: steps = 2 × strides, cadence in steps per minute", () => {
    const result = parseActivityFile(fitFile(), "2026-03-08-long-run.FIT");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [run, ride] = result.value;
    expect(run).toEqual({
      source: "fit",
      date: "2026-03-08",
      startTime: "2026-03-08T08:00:00.000Z",
      sport: "running",
      durationSeconds: 2700,
      distanceMeters: 9000,
      cadencePerMin: 168,
      repetitions: { kind: "steps", count: 7560, source: "recorded-total" },
    });
    expect(ride?.sport).toBe("cycling");
    expect(ride?.repetitions).toEqual({
      kind: "pedal-strokes",
      count: DEFAULT_CYCLING_RPM * 120,
      source: "default-cadence",
    });
  });

  it("reads a GPX run: duration from the times, distance along the points, steps from the cadence", () => {
    const result = parseActivityFile(encoder.encode(GPX_RUN), "morning.gpx");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [run] = result.value;
    expect(run?.sport).toBe("running");
    expect(run?.durationSeconds).toBe(600);
    // 0.018° of latitude is about 2.0 km.
    expect(run?.distanceMeters).toBeCloseTo(2001, -1);
    expect(run?.cadencePerMin).toBe(168);
    expect(run?.repetitions).toEqual({ kind: "steps", count: 1680, source: "recorded-cadence" });
  });

  it("reads a TCX ride and run: pedal strokes from lap cadence, steps from the run-cadence extension", () => {
    const result = parseActivityFile(encoder.encode(TCX_RIDE_AND_RUN), "week.tcx");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [ride, run] = result.value;
    expect(ride).toMatchObject({
      sport: "cycling",
      durationSeconds: 3600,
      distanceMeters: 29_000,
      cadencePerMin: 85,
    });
    expect(ride?.repetitions).toEqual({ kind: "pedal-strokes", count: 5100, source: "recorded-cadence" });
    expect(run).toMatchObject({ sport: "running", date: "2026-03-13", cadencePerMin: 164 });
    expect(run?.repetitions).toEqual({ kind: "steps", count: 3280, source: "recorded-cadence" });
  });

  it("counts a Garmin Connect TCX run's steps from its laps' own Steps, not from a swapped average cadence", () => {
    const lap = (start: string, steps: number) =>
      `<Lap StartTime="${start}"><TotalTimeSeconds>1200</TotalTimeSeconds><DistanceMeters>3500</DistanceMeters>
        <Extensions><ns3:LX><ns3:AvgRunCadence>94</ns3:AvgRunCadence><ns3:Steps>${steps}</ns3:Steps></ns3:LX></Extensions></Lap>`;
    const tcx = `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"
    xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">
  <Activities><Activity Sport="Running"><Id>2026-03-13T07:00:00Z</Id>
    ${lap("2026-03-13T07:00:00Z", 2816)}${lap("2026-03-13T07:20:00Z", 2816)}
  </Activity></Activities>
</TrainingCenterDatabase>`;
    const result = parseActivityFile(encoder.encode(tcx), "lunch-run.tcx");
    expect(result.ok && result.value[0]?.repetitions).toEqual({
      kind: "steps",
      count: 5632,
      source: "recorded-total",
    });
  });

  it("estimates steps with the cited default cadence when a run has none", () => {
    const gpx = GPX_RUN.replace(/<extensions>.*?<\/extensions>/gs, "");
    const result = parseActivityFile(encoder.encode(gpx), "no-cadence.gpx");
    expect(result.ok && result.value[0]?.repetitions).toEqual({
      kind: "steps",
      count: DEFAULT_RUNNING_STEPS_PER_MIN * 10,
      source: "default-cadence",
    });
  });
});

describe("parseActivityFile refuses bad files with a clear error", () => {
  it("a truncated FIT file", () => {
    const whole = fitFile();
    expect(failure(parseActivityFile(whole.subarray(0, whole.length - 20), "cut.fit"))).toMatchObject({
      kind: "unprocessable",
      message: expect.stringContaining("damaged or incomplete"),
    });
  });

  it("a photo renamed .fit", () => {
    const photo = readFileSync(testdataPath("images/tfjsmodels_pose.jpg"));
    expect(failure(parseActivityFile(new Uint8Array(photo), "run.fit"))).toMatchObject({
      kind: "unsupported-media",
      message: expect.stringContaining("not a FIT file"),
    });
  });

  it("an empty file", () => {
    expect(failure(parseActivityFile(new Uint8Array(), "run.gpx"))).toMatchObject({ kind: "invalid-input" });
  });

  it("a file that is not an activity file by its name", () => {
    expect(failure(parseActivityFile(encoder.encode(GPX_RUN), "run.xml"))).toMatchObject({
      kind: "unsupported-media",
    });
  });

  it("a GPX with no points", () => {
    const empty = `<?xml version="1.0"?><gpx version="1.1" creator="x"><trk><trkseg></trkseg></trk></gpx>`;
    expect(failure(parseActivityFile(encoder.encode(empty), "empty.gpx"))).toMatchObject({
      kind: "unprocessable",
      message: expect.stringContaining("no track points"),
    });
  });

  it("a GPX route with points but no times", () => {
    const untimed = GPX_RUN.replace(/<time>.*?<\/time>/g, "");
    expect(failure(parseActivityFile(encoder.encode(untimed), "route.gpx"))).toMatchObject({
      kind: "unprocessable",
    });
  });

  it("an XML bomb (billion laughs)", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><gpx><trk><name>&c;</name></trk></gpx>`;
    expect(failure(parseActivityFile(encoder.encode(bomb), "bomb.gpx"))).toMatchObject({
      kind: "invalid-input",
      message: expect.stringContaining("refused for safety"),
    });
  });

  it("an external-entity attack in a TCX", () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY f SYSTEM "file:///etc/passwd">]><TrainingCenterDatabase>&f;</TrainingCenterDatabase>`;
    expect(failure(parseActivityFile(encoder.encode(xxe), "x.tcx"))).toMatchObject({ kind: "invalid-input" });
  });

  it("a huge file", () => {
    expect(failure(parseActivityFile(new Uint8Array(ACTIVITY_FILE_BYTES_MAX + 1), "huge.tcx"))).toMatchObject(
      {
        kind: "payload-too-large",
      },
    );
  });

  it("more track points than are ever read: refused before the XML is parsed, whatever else is broken", () => {
    // Not even well-formed (no closing tags): the count alone refuses it, so no parse of megabytes happens.
    const points = '<trkpt lat="48.8" lon="2.3">'.repeat(TRACK_POINTS_MAX + 1);
    expect(
      failure(parseActivityFile(encoder.encode(`<gpx><trk><trkseg>${points}`), "long.gpx")),
    ).toMatchObject({
      kind: "payload-too-large",
      message: expect.stringContaining("more than 200000 points"),
    });
    const trackpoints = "<Trackpoint>".repeat(TRACK_POINTS_MAX + 1);
    expect(
      failure(parseActivityFile(encoder.encode(`<TrainingCenterDatabase>${trackpoints}`), "long.tcx")),
    ).toMatchObject({ kind: "payload-too-large" });
  });

  it("XML that is not well-formed, or not the format its name says", () => {
    expect(failure(parseActivityFile(encoder.encode("<gpx><trk></gpx>"), "bad.gpx"))).toMatchObject({
      kind: "unprocessable",
    });
    expect(failure(parseActivityFile(encoder.encode(TCX_RIDE_AND_RUN), "renamed.gpx"))).toMatchObject({
      kind: "unsupported-media",
    });
  });

  it("a TCX course with no timed activity", () => {
    const course = `<?xml version="1.0"?><TrainingCenterDatabase><Activities></Activities></TrainingCenterDatabase>`;
    expect(failure(parseActivityFile(encoder.encode(course), "course.tcx"))).toMatchObject({
      kind: "unprocessable",
    });
  });
});

describe("GPX and TCX in the text encodings their writers use", () => {
  it("reads a TCX written in UTF-16 (either byte order) or with UTF-8's byte-order mark as the plain file", () => {
    const tcx = readFileSync(testdataPath("activity/togeojson_sample.tcx"), "utf8");
    const plain = parseActivityFile(encoder.encode(tcx), "sample.tcx");
    expect(plain.ok).toBe(true);
    const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tcx, "utf16le")]);
    expect(parseActivityFile(new Uint8Array(littleEndian), "sample.tcx")).toEqual(plain);
    const bigEndian = Buffer.from(littleEndian).swap16();
    expect(parseActivityFile(new Uint8Array(bigEndian), "sample.tcx")).toEqual(plain);
    const marked = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(tcx, "utf8")]);
    expect(parseActivityFile(new Uint8Array(marked), "sample.tcx")).toEqual(plain);
  });

  it("counts a UTF-16 file's track points before parsing it, as a UTF-8 file's", () => {
    const points = '<trkpt lat="48.8" lon="2.3">'.repeat(TRACK_POINTS_MAX + 1);
    const text = `<gpx><trk><trkseg>${points}`;
    for (const order of ["le", "be"] as const) {
      const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
      const bytes = order === "le" ? littleEndian : Buffer.from(littleEndian).swap16();
      expect(failure(parseActivityFile(new Uint8Array(bytes), "long.gpx"))).toMatchObject({
        kind: "payload-too-large",
        message: expect.stringContaining("more than 200000 points"),
      });
    }
  });
});

/** Strava's bulk export keeps each uploaded file gzipped: `activities/1234567890.fit.gz`, `….gpx.gz`, `….tcx.gz`. */
describe("activity files gzipped, as Strava's bulk export keeps them", () => {
  const realFile = (name: string) => new Uint8Array(readFileSync(testdataPath(`activity/${name}`)));

  it("reads each kind unpacked exactly as the plain file", () => {
    for (const name of [
      "tormoderfit_fitsdk_Activity.fit",
      "togeojson_strava.gpx",
      "togeojson_garmin_connect.tcx",
    ]) {
      const plain = parseActivityFile(realFile(name), name);
      expect(plain.ok).toBe(true);
      expect(parseActivityFile(new Uint8Array(gzipSync(realFile(name))), `${name}.gz`)).toEqual(plain);
      expect(parseActivityFile(new Uint8Array(gzipSync(realFile(name))), `${name.toUpperCase()}.GZ`).ok).toBe(
        true,
      );
    }
  });

  it("refuses a .gz that is not gzip, one cut short, and one that unpacks beyond the size a file may have", () => {
    expect(failure(parseActivityFile(encoder.encode(GPX_RUN), "run.gpx.gz"))).toMatchObject({
      kind: "invalid-input",
      message: expect.stringContaining("not a gzip file"),
    });
    const packed = gzipSync(encoder.encode(GPX_RUN));
    expect(failure(parseActivityFile(new Uint8Array(packed.subarray(0, 40)), "run.gpx.gz"))).toMatchObject({
      kind: "invalid-input",
      message: expect.stringContaining("damaged gzip file"),
    });
    // A few kilobytes that unpack to more than 32 MiB: refused as it unpacks, not after.
    const bomb = gzipSync(new Uint8Array(ACTIVITY_FILE_BYTES_MAX + 1));
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(failure(parseActivityFile(new Uint8Array(bomb), "bomb.tcx.gz"))).toMatchObject({
      kind: "payload-too-large",
      message: expect.stringContaining("unpacks to more than 32 MiB"),
    });
    expect(
      failure(parseActivityFile(new Uint8Array(gzipSync(new Uint8Array())), "empty.fit.gz")),
    ).toMatchObject({
      kind: "invalid-input",
      message: expect.stringContaining("is empty"),
    });
  });

  it("a gzipped file of another kind is still not an activity file", () => {
    expect(
      failure(parseActivityFile(new Uint8Array(gzipSync(encoder.encode(GPX_RUN))), "run.xml.gz")),
    ).toMatchObject({
      kind: "unsupported-media",
      message: expect.stringContaining(".fit.gz"),
    });
  });
});

/** Garmin Connect's "Export Original" gives `<id>.zip` holding `<id>_ACTIVITY.fit`; Strava's export is a zip too. */
describe("activity files in a zip, as Garmin Connect's Export Original gives them", () => {
  const realFile = (name: string) => new Uint8Array(readFileSync(testdataPath(`activity/${name}`)));

  it("reads the activity file a Garmin export holds, exactly as the file itself", () => {
    const fit = realFile("tormoderfit_fitsdk_Activity.fit");
    const zip = zipSync({ "17212345678_ACTIVITY.fit": fit });
    expect(parseActivityFile(zip, "17212345678.zip")).toEqual(
      parseActivityFile(fit, "17212345678_ACTIVITY.fit"),
    );
  });

  it("reads every activity file of a folder zipped whole, gzipped ones too, and leaves the rest", () => {
    const gpx = realFile("togeojson_strava.gpx");
    const tcx = realFile("togeojson_garmin_connect.tcx");
    const zip = zipSync({
      "export/activities.csv": encoder.encode("Activity ID,Activity Date\n1,2020\n"),
      "export/activities/2.tcx.gz": gzipSync(tcx),
      "export/activities/1.gpx": gpx,
      "export/profile.jpg": new Uint8Array(readFileSync(testdataPath("images/tfjsmodels_pose.jpg"))),
      "__MACOSX/export/activities/._1.gpx": new Uint8Array([0, 5, 22, 7]),
    });
    const read = parseActivityFile(zip, "export.zip");
    const one = parseActivityFile(gpx, "1.gpx");
    const two = parseActivityFile(tcx, "2.tcx");
    expect(read.ok && one.ok && two.ok).toBe(true);
    expect(read).toEqual({ ok: true, value: [...(one.ok ? one.value : []), ...(two.ok ? two.value : [])] });
  });

  it("refuses a zip with no activity file, one that is not a zip, one cut short, and names a bad file inside", () => {
    expect(failure(parseActivityFile(zipSync({ "notes.txt": encoder.encode("hi") }), "x.zip"))).toMatchObject(
      {
        kind: "invalid-input",
        message: expect.stringContaining("holds no .fit, .gpx or .tcx activity file"),
      },
    );
    expect(failure(parseActivityFile(encoder.encode(GPX_RUN), "run.zip"))).toMatchObject({
      message: expect.stringContaining("not a zip file"),
    });
    const zip = zipSync({ "run.gpx": encoder.encode(GPX_RUN) });
    expect(failure(parseActivityFile(zip.subarray(0, zip.length - 30), "run.zip"))).toMatchObject({
      kind: "invalid-input",
      message: expect.stringContaining("zip file that cannot be read"),
    });
    const photo = new Uint8Array(readFileSync(testdataPath("images/tfjsmodels_pose.jpg")));
    expect(failure(parseActivityFile(zipSync({ "a/ride.fit": photo }), "rides.zip"))).toMatchObject({
      kind: "unsupported-media",
      message: expect.stringMatching(/^rides\.zip: ride\.fit: .*not a FIT file/),
    });
  });

  it("never unpacks more than a file may hold, whatever the zip's headers say", () => {
    const tooBig = zipSync({ "big.tcx": new Uint8Array(ACTIVITY_FILE_BYTES_MAX + 1) });
    expect(tooBig.length).toBeLessThan(64 * 1024);
    expect(failure(parseActivityFile(tooBig, "big.zip"))).toMatchObject({
      kind: "payload-too-large",
      message: expect.stringContaining("unpacks to more than 32 MiB"),
    });
    const thirtyMiB = new Uint8Array(30 * 1024 * 1024);
    const together = zipSync({ "a.tcx": thirtyMiB, "b.tcx": thirtyMiB, "c.tcx": thirtyMiB });
    expect(failure(parseActivityFile(together, "three.zip"))).toMatchObject({
      kind: "payload-too-large",
      message: expect.stringContaining("unpacks to more than 64 MiB"),
    });
    // A header that lies: 33 MiB of data said to unpack to 100 bytes. Only 100 bytes come out, which are no TCX.
    const lying = zipSync({ "lie.tcx": new Uint8Array(ACTIVITY_FILE_BYTES_MAX + 1024 * 1024) });
    const view = new DataView(lying.buffer, lying.byteOffset, lying.byteLength);
    let central = lying.length - 22;
    while (view.getUint32(central, true) !== 0x02014b50) central -= 1;
    view.setUint32(central + 24, 100, true);
    const unpacked = unzipped(lying, "lie.zip", () => true);
    expect(unpacked.ok && unpacked.value.map(({ name, bytes }) => [name, bytes.length])).toEqual([
      ["lie.tcx", 100],
    ]);
    expect(failure(parseActivityFile(lying, "lie.zip"))).toMatchObject({ kind: "unprocessable" });
    const many = Object.fromEntries(
      Array.from({ length: ACTIVITY_ZIP_ENTRIES_MAX + 1 }, (_, index) => [`${index}.txt`, new Uint8Array(1)]),
    );
    expect(failure(parseActivityFile(zipSync(many), "many.zip"))).toMatchObject({
      kind: "payload-too-large",
      message: expect.stringContaining(`more than ${ACTIVITY_ZIP_ENTRIES_MAX} files`),
    });
  });
});
