import type { Localized } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { currentLang } from "../i18n/setup-i18n.js";

type Props<T extends string> = {
  readonly legend: string;
  readonly options: readonly T[];
  readonly labels: Readonly<Record<T, Localized>>;
  readonly selected: readonly T[];
  readonly onToggle: (option: T, on: boolean) => void;
  readonly testId: string;
};

/** Several choices (checkboxes) labelled from the core's bilingual label tables. */
export function ChoiceGroup<T extends string>({
  legend,
  options,
  labels,
  selected,
  onToggle,
  testId,
}: Props<T>) {
  const { i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return (
    <fieldset data-testid={testId}>
      <legend>{legend}</legend>
      <div className="choice-grid">
        {options.map((option) => (
          <label key={option}>
            <input
              type="checkbox"
              checked={selected.includes(option)}
              onChange={(event) => {
                onToggle(option, event.target.checked);
              }}
              data-testid={`${testId}-${option}`}
            />
            {labels[option][lang]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
