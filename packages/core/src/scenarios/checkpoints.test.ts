/**
 * Physiotherapist scenarios (decision 0550): the checkpoints at weeks 2, 4 and 6 with pain, function and strength
 * improving, flat or worse, in English and French. Each expectation is justified by its source.
 */
import { expect } from "vitest";
import { addDays } from "../shared/dates.js";
import { personas } from "../personas/index.js";
import {
  START,
  type Scenario,
  describeScenarios,
  holdOn,
  painOn,
  pairUp,
  psfsOn,
  verdictAt,
} from "../testing/physio-scenarios.js";

const dana = personas.runnerPfp;
const marco = personas.cyclistItb;
const alex = personas.deskWorker;
const camille = personas.frenchTriathlete;

const CHECKPOINT_ROWS: readonly Scenario[] = [
  {
    id: "CP-01",
    story: "Week 2, flat: usual pain 4/10 then 4/10, the same PSFS.",
    expected: "Too early to tell: hip muscles take weeks; keep going.",
    source: "seed:004 (2, 4 and 6 weeks); docs/clinical §5.2 (reassess at 6 weeks)",
    check: () => {
      const { verdict } = verdictAt(dana, 2, {
        pain: [painOn(START, 4), painOn(addDays(START, 13), 4)],
        psfs: [psfsOn(START, [5, 4, 6]), psfsOn(addDays(START, 13), [5, 4, 6])],
      });
      expect(verdict.verdict).toBe("no-real-change");
      expect(verdict.explanation.en).toMatch(/too early to tell/i);
      return [verdict.explanation];
    },
  },
  {
    id: "CP-02",
    story: "Week 6, flat: usual pain 4/10 then 3/10 (one point), the same PSFS.",
    expected: "One point is under the smallest change that counts; at week 6 that means talk to a clinician.",
    source: "docs/clinical §6 (NPRS: 2 points, Farrar 2001; 1.16 for kneecap pain, Piva 2009) and §5.2",
    check: () => {
      const { verdict } = verdictAt(dana, 6, {
        pain: [painOn(START, 4), painOn(addDays(START, 41), 3)],
        psfs: [psfsOn(START, [5, 4, 6]), psfsOn(addDays(START, 41), [5, 5, 6])],
      });
      expect(verdict.verdict).toBe("no-real-change");
      expect(verdict.explanation.en).toMatch(/not working as hoped.*clinician/);
      return [verdict.explanation];
    },
  },
  {
    id: "CP-03",
    story: "Week 4, improving: usual pain 4/10 then 2/10.",
    expected: "Two points less is a real improvement: it is working.",
    source: "docs/clinical §6 (NPRS minimal important change 2 points)",
    check: () => {
      const { verdict } = verdictAt(dana, 4, { pain: [painOn(START, 4), painOn(addDays(START, 27), 2)] });
      expect(verdict.verdict).toBe("improving");
      return [verdict.explanation];
    },
  },
  {
    id: "CP-04",
    story: "Week 6, worsening: Marco's usual pain 3/10 then 5/10.",
    expected: "A real worsening: ease off, see a clinician, answer the warning-sign questions again.",
    source: "docs/clinical §6 (2 points) and §7.2 (re-screen when pain rises)",
    check: () => {
      const { verdict } = verdictAt(marco, 6, { pain: [painOn(START, 3), painOn(addDays(START, 41), 5)] });
      expect(verdict.verdict).toBe("worse");
      expect(verdict.explanation.en).toMatch(/Ease off/);
      expect(verdict.explanation.en).toMatch(/warning-sign questions again/);
      return [verdict.explanation];
    },
  },
  {
    id: "CP-05",
    story: "Week 4, function improving, pain flat: Alex's two PSFS activities 6 and 5 become 8 and 7.",
    expected: "A mean rise of 2 points is a real change in function: it is working.",
    source: "seed:004 (function followed strength at 2, 4 and 6 weeks); PSFS, Stratford 1995 (decision 0020)",
    check: () => {
      const { verdict } = verdictAt(alex, 4, {
        pain: [painOn(START, 3), painOn(addDays(START, 27), 3)],
        psfs: [psfsOn(START, [6, 5]), psfsOn(addDays(START, 27), [8, 7])],
      });
      expect(verdict.verdict).toBe("improving");
      return [verdict.explanation];
    },
  },
  {
    id: "CP-06",
    story:
      "Week 6, a side that differs: Dana's abductor hold goes from 40 s to 80 s on her painful right side, 60 s to " +
      "62 s on the left; pain flat.",
    expected:
      "40 s is beyond the test's 33 s error: the right side is stronger and no side weaker, so the program is " +
      "working; the left's 2 s is no sure change; the sides' difference is shown, not read as a diagnosis.",
    source:
      "docs/clinical §10.1 (MDC about 33 s) and §10.5 (per side; asymmetry shown); seed:004 (2, 4, 6 weeks)",
    check: () => {
      const { verdict } = verdictAt(dana, 6, {
        pain: [painOn(START, 4), painOn(addDays(START, 41), 4)],
        strength: [holdOn(START, 60, 40), holdOn(addDays(START, 41), 62, 80)],
      });
      expect(verdict.verdict).toBe("improving");
      const sides = verdict.strength[0]?.sides.map((side) => [side.side, side.change]);
      expect(sides).toEqual([
        ["left", "no-sure-change"],
        ["right", "stronger"],
      ]);
      expect(verdict.explanation.en).toMatch(/The sides now differ by 22\.5%/);
      expect(verdict.explanation.fr).toMatch(/diffèrent maintenant de 22,5 %/);
      return [verdict.explanation];
    },
  },
  {
    id: "CP-07",
    story: "Week 2, strength at the line: 40 s to 73 s (33 s, exactly the error), pain flat.",
    expected: "A change equal to the error is not called real: too early to tell.",
    source: "docs/clinical §10.5 (the boundary itself is not called real)",
    check: () => {
      const { verdict } = verdictAt(dana, 2, {
        pain: [painOn(START, 4), painOn(addDays(START, 13), 4)],
        strength: [holdOn(START, 40, 40), holdOn(addDays(START, 13), 73, 73)],
      });
      expect(verdict.verdict).toBe("no-real-change");
      expect(verdict.explanation.en).toMatch(/too early to tell/i);
      return [verdict.explanation];
    },
  },
  {
    id: "CP-08",
    story: "Point de contrôle de Camille, semaine 4\u00a0: douleur habituelle de 3/10 à 1/10.",
    expected: "Her verdict reads in French and says the same scores as the English.",
    source: "docs/clinical §6 (2 points); house rule 7 (English and French)",
    check: () => {
      const { verdict } = verdictAt(camille, 4, { pain: [painOn(START, 3), painOn(addDays(START, 27), 1)] });
      expect(verdict.verdict).toBe("improving");
      expect(verdict.explanation.fr).toMatch(/ça marche/);
      expect(verdict.explanation.fr).toMatch(/de 3 à 1 sur 10/);
      return [verdict.explanation];
    },
  },
];

const CHECKPOINTS = pairUp(CHECKPOINT_ROWS, [
  ["CP-01", "CP-02"],
  ["CP-06", "CP-07"],
]);

describeScenarios("physiotherapist scenarios: checkpoints", CHECKPOINTS);
