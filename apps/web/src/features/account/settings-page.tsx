import { useState } from "react";
import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  EQUIPMENT,
  EQUIPMENT_LABELS,
  LANGUAGES,
  SPORTS,
  SPORT_LABELS,
  WEEKDAYS,
  WEEKDAY_LABELS,
  ok,
} from "@hipcheck/core";
import type { Lang } from "@hipcheck/core";
import type { ApiError } from "@hipcheck/contracts";
import { describeApiError } from "../../api/describe-api-error.js";
import type { ApiErrorContext } from "../../api/describe-api-error.js";
import { useResource } from "../../api/use-resource.js";
import { useAppContext } from "../../app/app-context.js";
import { ResourceStatus } from "../../components/resource-status.js";
import { ChoiceGroup } from "../../components/choice-group.js";
import { formText } from "../../components/form-text.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { changeLanguage, currentLang } from "../../i18n/setup-i18n.js";
import { toggled } from "../onboarding/answers-draft.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { DisplayNameSection } from "./display-name-section.js";
import { PushRemindersSection } from "./push-reminders-section.js";
import { TwoStepSection } from "./two-step-section.js";
import { profileToSave } from "./profile-edit.js";
import type { Profile } from "./profile-edit.js";

type NoticeKey = "settings.profileSaved" | "settings.passwordChanged" | "settings.passwordsDiffer";

/**
 * Kept as a key or as the server's error, not as text, so it follows the language on screen (saving a language
 * switches it).
 */
type Notice =
  | { readonly kind: "ok" | "error"; readonly key: NoticeKey }
  | { readonly kind: "failed"; readonly error: ApiError; readonly context?: ApiErrorContext };

const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: "English", fr: "Français" };

/** A success is announced politely; a problem interrupts, so the person knows the change did not happen. */
function NoticeLine({ notice, testId }: { readonly notice: Notice | null; readonly testId: string }) {
  const { t, i18n } = useTranslation();
  if (notice === null) return null;
  if (notice.kind === "ok") {
    return (
      <p className="ok" role="status" data-testid={testId}>
        {t(notice.key)}
      </p>
    );
  }
  const problem =
    notice.kind === "failed" ? describeApiError(notice.error, i18n, notice.context) : { text: t(notice.key) };
  return <ProblemAlert problem={problem} testId={testId} />;
}

function ProfileSection() {
  const { t, i18n } = useTranslation();
  const { call, me } = useAppContext();
  const [edited, setProfile] = useState<Profile | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  // Loaded once per visit, not again when the language on screen changes: unsaved choices stay.
  const loaded = useResource<Profile>("profile", async () => {
    const result = await call("getProfile", { query: {} });
    // Before the first check-in there is nothing saved: start from the language on screen.
    if (!result.ok) return result;
    if (result.value !== null) return ok(result.value);
    return ok({ language: currentLang(i18n.language), sports: [], equipment: [], availableDays: [] });
  });
  // What the server held when this page last read or saved it: the changes made here are measured from it.
  const [lastSaved, setLastSaved] = useState<Profile | null>(null);
  const base = lastSaved ?? (loaded.status === "ready" ? loaded.value : null);
  const profile = edited ?? base;

  if (profile === null) {
    return (
      <section className="card" aria-labelledby="profile-title">
        <h2 id="profile-title">{t("settings.profileTitle")}</h2>
        <ResourceStatus resource={loaded} testId="profile-notice" />
      </section>
    );
  }

  const change = (next: Partial<Profile>) => {
    setProfile({ ...profile, ...next });
    setNotice(null);
  };

  async function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (profile === null) return;
    setBusy(true);
    // Another tab or device may have saved since this page loaded: this page's changes go on top of that save
    // instead of undoing it. Offline, the save below fails and says so.
    const current = await call("getProfile", { query: {} });
    const toSave =
      base !== null && current.ok && current.value !== null
        ? profileToSave(base, profile, current.value)
        : profile;
    const saved = await call("updateProfile", {
      body: {
        language: toSave.language,
        sports: [...toSave.sports],
        equipment: [...toSave.equipment],
        availableDays: [...toSave.availableDays],
      },
    });
    setBusy(false);
    if (!saved.ok) {
      setNotice({ kind: "failed", error: saved.error });
      return;
    }
    setProfile(saved.value);
    setLastSaved(saved.value);
    // The saved language is the person's language: the interface follows it at once.
    await changeLanguage(saved.value.language);
    setNotice({ kind: "ok", key: "settings.profileSaved" });
  }

  const isPerson = me?.role === "person";
  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">{t("settings.profileTitle")}</h2>
      <p>{t("settings.profileIntro")}</p>
      <form onSubmit={(event) => void save(event)} data-testid="profile-form">
        <fieldset data-testid="profile-language">
          <legend>{t("settings.language")}</legend>
          {LANGUAGES.map((code) => (
            <label key={code}>
              <input
                type="radio"
                name="language"
                value={code}
                checked={profile.language === code}
                onChange={() => {
                  change({ language: code });
                }}
                data-testid={`profile-language-${code}`}
              />
              <span lang={code}>{LANGUAGE_NAMES[code]}</span>
            </label>
          ))}
        </fieldset>
        {isPerson && (
          <>
            <ChoiceGroup
              legend={t("onboarding.activitiesTitle")}
              options={SPORTS}
              labels={SPORT_LABELS}
              selected={profile.sports}
              onToggle={(sport, on) => {
                change({ sports: toggled(profile.sports, sport, on) });
              }}
              testId="profile-sport"
            />
            <ChoiceGroup
              legend={t("onboarding.equipmentTitle")}
              options={EQUIPMENT}
              labels={EQUIPMENT_LABELS}
              selected={profile.equipment}
              onToggle={(item, on) => {
                change({ equipment: toggled(profile.equipment, item, on) });
              }}
              testId="profile-equipment"
            />
            <ChoiceGroup
              legend={t("onboarding.daysTitle")}
              options={WEEKDAYS}
              labels={WEEKDAY_LABELS}
              selected={profile.availableDays}
              onToggle={(day, on) => {
                change({ availableDays: toggled(profile.availableDays, day, on) });
              }}
              testId="profile-day"
            />
          </>
        )}
        <NoticeLine notice={notice} testId="profile-notice" />
        <div className="actions">
          <button type="submit" disabled={busy} data-testid="save-profile">
            {t("settings.saveProfile")}
          </button>
        </div>
      </form>
    </section>
  );
}

function PasswordSection() {
  const { t } = useTranslation();
  const { call } = useAppContext();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const newPassword = formText(form, "newPassword");
    if (newPassword !== formText(form, "confirmPassword")) {
      setNotice({ kind: "error", key: "settings.passwordsDiffer" });
      return;
    }
    setBusy(true);
    const changed = await call("changePassword", {
      body: { currentPassword: formText(form, "currentPassword"), newPassword },
    });
    setBusy(false);
    if (!changed.ok) {
      setNotice({ kind: "failed", error: changed.error, context: "change-password" });
      return;
    }
    formElement.reset();
    setNotice({ kind: "ok", key: "settings.passwordChanged" });
  }

  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">{t("settings.passwordTitle")}</h2>
      <p>{t("settings.passwordRule")}</p>
      <form onSubmit={(event) => void submit(event)} data-testid="password-form">
        <label>
          {t("settings.currentPassword")}
          <input
            type="password"
            name="currentPassword"
            autoComplete="current-password"
            required
            data-testid="current-password"
          />
        </label>
        <label>
          {t("settings.newPassword")}
          <input
            type="password"
            name="newPassword"
            autoComplete="new-password"
            minLength={8}
            maxLength={256}
            required
            data-testid="new-password"
          />
        </label>
        <label>
          {t("settings.confirmPassword")}
          <input
            type="password"
            name="confirmPassword"
            autoComplete="new-password"
            minLength={8}
            maxLength={256}
            required
            data-testid="confirm-password"
          />
        </label>
        <NoticeLine notice={notice} testId="password-notice" />
        <div className="actions">
          <button type="submit" disabled={busy} data-testid="change-password">
            {t("settings.changePassword")}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The signed-in person's own settings: the profile their program follows, and their password. */
export function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t("settings.title"));
  const { me } = useAppContext();
  return (
    <article data-testid="settings-page">
      <h1>{t("settings.title")}</h1>
      {me !== null && (
        <p data-testid="signed-in-as">
          {/* A device's remembered account from before names existed has none: its email shows. */}
          {me.displayName
            ? t("accounts.signedInAsNamed", { name: me.displayName, email: me.email })
            : t("settings.signedInAs", { email: me.email })}
        </p>
      )}
      <DisplayNameSection />
      <ProfileSection />
      <PushRemindersSection />
      <PasswordSection />
      <TwoStepSection />
    </article>
  );
}
