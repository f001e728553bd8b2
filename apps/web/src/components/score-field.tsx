import { useId } from "react";
import { useTranslation } from "react-i18next";

type Props = {
  readonly label: string;
  readonly value: number;
  readonly onChange: (value: number) => void;
  readonly testId: string;
  readonly min?: number;
  readonly max?: number;
};

/** A 0–10 rating (pain on the NPRS, effort on the Borg CR10, PSFS scores) with its value written out. */
export function ScoreField({ label, value, onChange, testId, min = 0, max = 10 }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div>
      <label htmlFor={id}>
        {label}
        {t("app.colon")}
        <output htmlFor={id}>{value}</output>
      </label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={1}
        value={value}
        onChange={(event) => {
          onChange(Number(event.target.value));
        }}
        data-testid={testId}
      />
    </div>
  );
}
