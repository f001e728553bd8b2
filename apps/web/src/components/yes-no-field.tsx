import { useId } from "react";
import { useTranslation } from "react-i18next";

type Props = {
  readonly question: string;
  readonly value: boolean | null;
  readonly onChange: (value: boolean) => void;
  readonly testId: string;
};

/** A yes/no question as a radio pair in its own fieldset, so a screen reader announces the question. */
export function YesNoField({ question, value, onChange, testId }: Props) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset data-testid={testId}>
      <legend>{question}</legend>
      <label>
        <input
          type="radio"
          name={name}
          checked={value === true}
          onChange={() => {
            onChange(true);
          }}
          data-testid={`${testId}-yes`}
        />
        {t("app.yes")}
      </label>
      <label>
        <input
          type="radio"
          name={name}
          checked={value === false}
          onChange={() => {
            onChange(false);
          }}
          data-testid={`${testId}-no`}
        />
        {t("app.no")}
      </label>
    </fieldset>
  );
}
