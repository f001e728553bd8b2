import { useId } from "react";
import { useTranslation } from "react-i18next";

/** The keys that move a slider, or would where it stands already. */
const RATING_KEYS = new Set([
  "ArrowLeft",
  "ArrowRight",
  "ArrowUp",
  "ArrowDown",
  "Home",
  "End",
  "PageUp",
  "PageDown",
]);

type Props = {
  readonly label: string;
  /** Null: not rated yet (the check-in's pain ratings start so, decision 0911). */
  readonly value: number | null;
  readonly onChange: (value: number) => void;
  readonly testId: string;
  readonly min?: number;
  readonly max?: number;
};

/**
 * A 0–10 rating (pain on the NPRS, effort on the Borg CR10, PSFS scores) with its value written out. A rating not
 * given yet shows its slider without a thumb and reads "not rated yet"; touching the slider anywhere, even where
 * it already stands (0 for no pain), or a key on it, gives the rating.
 */
export function ScoreField({ label, value, onChange, testId, min = 0, max = 10 }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const rated = value !== null;
  const rate = (target: EventTarget) => {
    if (target instanceof HTMLInputElement) onChange(Number(target.value));
  };
  return (
    <div>
      <label htmlFor={id}>
        {label}
        {t("app.colon")}
        <output htmlFor={id} data-testid={`${testId}-value`}>
          {rated ? value : t("app.notRated")}
        </output>
      </label>
      <input
        id={id}
        type="range"
        className={rated ? undefined : "unrated"}
        min={min}
        max={max}
        step={1}
        value={value ?? min}
        aria-valuetext={rated ? undefined : t("app.notRated")}
        // `input` fires on every move and on a value set again; a tap or a key where the thumb already stands
        // changes nothing, and still rates.
        onInput={(event) => {
          rate(event.currentTarget);
        }}
        onChange={(event) => {
          rate(event.currentTarget);
        }}
        onPointerUp={(event) => {
          if (!rated) rate(event.currentTarget);
        }}
        onKeyUp={(event) => {
          // Tab only passes through: a key that moves a slider rates.
          if (!rated && RATING_KEYS.has(event.key)) rate(event.currentTarget);
        }}
        data-testid={testId}
        data-rated={rated}
      />
    </div>
  );
}
