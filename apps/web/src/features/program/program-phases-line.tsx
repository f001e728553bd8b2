import type { Program, ProgramPhase } from "@hipcheck/core";
import { useTranslation } from "react-i18next";

const PHASE_KEYS = {
  "wake-up": "program.phaseWakeUp",
  strengthen: "program.phaseStrengthen",
  integrate: "program.phaseIntegrate",
} as const satisfies Record<ProgramPhase, string>;

/** The program's phases and their weeks in one line, as the person's program page and a shared program show them. */
export function ProgramPhasesLine({ phases }: { readonly phases: Program["phases"] }) {
  const { t } = useTranslation();
  return (
    <p>
      {phases.map((span) => (
        <span key={span.phase} className="muted">
          {t(span.fromWeek === span.toWeek ? "sharing.phaseWeek" : "sharing.phaseSpan", {
            from: span.fromWeek,
            to: span.toWeek,
            phase: t(PHASE_KEYS[span.phase]),
          })}{" "}
        </span>
      ))}
    </p>
  );
}
