import { PAIN_RULE_SHORT } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { exampleRecord } from "../testing/example-records.js";
import { foldIcsLines } from "./fold-ics-lines.js";
import { renderProgramIcs } from "./render-program-ics.js";

type ParsedEvent = {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  isDate: boolean;
  sequence: number;
};

/** Reads the file back with ical.js, an independent RFC 5545 parser (the one Thunderbird uses). */
function eventsOf(ics: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      isDate: event.startDate.isDate,
      sequence: event.sequence,
    };
  });
}

const dana = exampleRecord("runnerPfp").program!;

describe("renderProgramIcs", () => {
  it("puts each of Dana's sessions and checkpoints in the calendar as an all-day event on its date", () => {
    const events = eventsOf(renderProgramIcs(dana, { lang: "en", personName: "Dana" }));
    expect(events).toHaveLength(dana.sessions.length + dana.checkpoints.length);
    expect(events.slice(0, dana.sessions.length).map((e) => e.start)).toEqual(
      dana.sessions.map((s) => s.date),
    );
    expect(events.every((e) => e.isDate)).toBe(true);
    const first = events[0]!;
    expect(first.end).toBe("2026-03-03");
    expect(first.summary).toBe("Hip session (week 1)");
    expect(first.description).toContain(`Pain rule: ${PAIN_RULE_SHORT.en}`);
    const checkpoints = events.slice(dana.sessions.length);
    expect(checkpoints.map((e) => e.start)).toEqual(dana.checkpoints.map((c) => c.date));
  });

  it("gives stable, unique UIDs and the revision as SEQUENCE, so a re-import updates instead of duplicating", () => {
    const first = eventsOf(renderProgramIcs(dana, { lang: "en", stampedAtMs: 0 }));
    const again = eventsOf(renderProgramIcs({ ...dana, revision: 2 }, { lang: "fr", stampedAtMs: 1 }));
    expect(new Set(first.map((e) => e.uid)).size).toBe(first.length);
    expect(again.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    expect(first[0]!.uid).toBe(`${dana.id}.w1-s1@hipcheck`);
    expect(again.every((e) => e.sequence === 2)).toBe(true);
  });

  it("writes timed events at the chosen local time, lasting the session's estimated minutes", () => {
    const events = eventsOf(renderProgramIcs(dana, { lang: "en", sessionTime: { hour: 7, minute: 30 } }));
    const session = dana.sessions[0]!;
    expect(events[0]!.start).toBe(`${session.date}T07:30:00`);
    const end = new Date(`${session.date}T07:30:00Z`);
    end.setUTCMinutes(end.getUTCMinutes() + session.estimatedMinutes);
    expect(events[0]!.end).toBe(end.toISOString().slice(0, 19));
  });

  it("writes French text with accents, escapes commas and semicolons, and folds lines at 75 octets", () => {
    const camille = exampleRecord("frenchTriathlete").program!;
    const ics = renderProgramIcs(camille, { lang: "fr", personName: "Camille; Lefèvre, triathlète" });
    const encoder = new TextEncoder();
    expect(ics.split("\r\n").every((line) => encoder.encode(line).length <= 75)).toBe(true);
    expect(ics).toContain("X-WR-CALNAME:Programme HipCheck\u00a0: Camille\\; Lefèvre\\, triathlète");
    const events = eventsOf(ics);
    expect(events[0]!.summary).toBe("Séance hanches (semaine 1)");
    expect(events[0]!.description).toContain("de chaque côté, repos");
    // French typography: a no-break space before the colon after each exercise's name.
    expect(events[0]!.description).toMatch(/^- [^\n:]+\u00a0: \d/m);
    expect(events[0]!.description).not.toMatch(/\S:/);
    expect(events.at(-1)!.summary).toBe("Point d’étape HipCheck\u00a0: comment vont vos genoux\u00a0?");
    expect(personas.frenchTriathlete.person.language).toBe("fr");
  });
});

describe("renderProgramIcs reminders and calendar hygiene", () => {
  /** The VALARMs of each event, as ical.js reads them: trigger and action. */
  function alarmsOf(ics: string) {
    const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    return calendar.getAllSubcomponents("vevent").map((event) => ({
      transp: event.getFirstPropertyValue("transp"),
      alarms: event.getAllSubcomponents("valarm").map((alarm) => ({
        action: alarm.getFirstPropertyValue("action"),
        trigger: String(alarm.getFirstPropertyValue("trigger")),
        description: alarm.getFirstPropertyValue("description"),
      })),
    }));
  }

  it("reminds Dana at 07:00 on each session and checkpoint day, in her language", () => {
    const events = alarmsOf(renderProgramIcs(dana, { lang: "en", reminderTime: { hour: 7, minute: 0 } }));
    expect(events).toHaveLength(dana.sessions.length + dana.checkpoints.length);
    for (const event of events) {
      // An all-day event starts at midnight: seven hours after.
      expect(event.alarms).toEqual([
        { action: "DISPLAY", trigger: "PT7H", description: "HipCheck reminder" },
      ]);
    }
    const camille = exampleRecord("frenchTriathlete").program!;
    const french = alarmsOf(
      renderProgramIcs(camille, { lang: "fr", reminderTime: { hour: 18, minute: 15 } }),
    );
    expect(french[0]!.alarms[0]).toEqual({
      action: "DISPLAY",
      trigger: "PT18H15M",
      description: "Rappel HipCheck",
    });
  });

  it("puts the reminder before a timed session when the chosen time is earlier, and none when none is chosen", () => {
    const timed = alarmsOf(
      renderProgramIcs(dana, {
        lang: "en",
        sessionTime: { hour: 18, minute: 30 },
        reminderTime: { hour: 17, minute: 45 },
      }),
    );
    expect(timed[0]!.alarms[0]!.trigger).toBe("-PT45M");
    expect(alarmsOf(renderProgramIcs(dana, { lang: "en" })).every((event) => event.alarms.length === 0)).toBe(
      true,
    );
  });

  it("marks every event as not blocking the agenda, under a standard PRODID", () => {
    const ics = renderProgramIcs(dana, { lang: "en" });
    expect(alarmsOf(ics).every((event) => event.transp === "TRANSPARENT")).toBe(true);
    expect(ics).toContain("\r\nPRODID:-//HipCheck//Program calendar//EN\r\n");
  });
});

describe("renderProgramIcs with a caller's mistake", () => {
  it("throws for a session time that is not on the clock (a bug in the caller, not a person's error)", () => {
    expect(() => renderProgramIcs(dana, { lang: "en", sessionTime: { hour: 25, minute: 0 } })).toThrow();
  });

  it("stamps every event with the given time, so two exports of the same program are identical", () => {
    const options = { lang: "en" as const, stampedAtMs: Date.UTC(2026, 2, 1, 9) };
    const ics = renderProgramIcs(dana, options);
    expect(ics).toBe(renderProgramIcs(dana, options));
    expect(ics).toContain("DTSTAMP:20260301T090000Z");
  });
});

describe("foldIcsLines", () => {
  it("never splits a character and gives back the same text when unfolded", () => {
    const line = `DESCRIPTION:${"répétitions de chaque côté × œ ".repeat(12)}`;
    const folded = foldIcsLines(`BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT`);
    const encoder = new TextEncoder();
    expect(folded.split("\r\n").every((part) => encoder.encode(part).length <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(`BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT`);
  });
});
