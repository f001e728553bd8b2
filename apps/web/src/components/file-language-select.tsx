import { LANGUAGES } from "@hipcheck/core";
import type { Lang } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { currentLang } from "../i18n/setup-i18n.js";

/** The language a downloaded file is written in, which may differ from the screen's (a handout for a client). */
export function FileLanguageSelect({
  value,
  onChange,
  testId,
}: {
  readonly value: Lang;
  readonly onChange: (lang: Lang) => void;
  readonly testId: string;
}) {
  const { t } = useTranslation();
  return (
    <label>
      {t("sharing.fileLanguage")}
      <select
        value={value}
        onChange={(event) => {
          onChange(currentLang(event.target.value));
        }}
        data-testid={testId}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang}>
            {t(`sharing.languageName.${lang}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
