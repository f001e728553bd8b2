import { useState } from "react";
import type { ApiError, RouteOutput } from "@hipcheck/contracts";
import { useTranslation } from "react-i18next";
import { describeApiError } from "../../api/describe-api-error.js";
import { useResource } from "../../api/use-resource.js";
import { useAppContext } from "../../app/app-context.js";
import { ResourceStatus } from "../../components/resource-status.js";
import { TechnicalDetail } from "../../components/technical-detail.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { keptAnswer } from "../../offline/kept-answer.js";
import { keepMovementScreens, loadMovementScreens } from "../../offline/local-store.js";
import { SCREEN_TESTS } from "./screen-tests.js";

type Screen = RouteOutput<"listMovementScreens">[number];

function ScreenRow({
  screen,
  onDelete,
}: {
  readonly screen: Screen;
  readonly onDelete: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const [confirming, setConfirming] = useState(false);
  // A screen saved by another client may be of a test this page does not offer: its id is still a name.
  const testName =
    SCREEN_TESTS.find((option) => option.test === screen.report.test)?.name[lang] ?? screen.report.test;
  const day = new Date(screen.recordedAt).toLocaleDateString(i18n.language, {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  return (
    <li data-testid={`saved-screen-${screen.screenId}`} data-status={screen.report.status}>
      {day} · {testName} ·{" "}
      {screen.report.status === "scored" ? t("screen.savedScored") : t("screen.savedNotScorable")}
      {!confirming && (
        <>
          {" "}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setConfirming(true);
            }}
            data-testid="delete-screen"
          >
            {t("screen.delete")}
          </button>
        </>
      )}
      {confirming && (
        <span role="group" aria-label={t("screen.deleteQuestion")}>
          {" "}
          {t("screen.deleteQuestion")}{" "}
          <button
            type="button"
            className="danger"
            onClick={() => {
              setConfirming(false);
              void onDelete();
            }}
            data-testid="confirm-delete-screen"
          >
            {t("screen.deleteConfirm")}
          </button>{" "}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setConfirming(false);
            }}
            data-testid="cancel-delete-screen"
          >
            {t("screen.deleteCancel")}
          </button>
        </span>
      )}
    </li>
  );
}

/**
 * The person's own saved screens, newest first, each of which they can delete after confirming (a bad recording
 * would otherwise stay in their progress and their coach's view). Coaches never see this list. `savedCount`
 * changes whenever the page saves a screen, so the list shows it at once.
 */
export function SavedScreenList({ savedCount }: { readonly savedCount: number }) {
  const { t, i18n } = useTranslation();
  const { call, store } = useAppContext();
  // Kept on the device as read, so the list is there offline too (decision 0890).
  const list = useResource<readonly Screen[]>(
    "own",
    async () =>
      keptAnswer(undefined, await call("listMovementScreens", { query: {} }), {
        keep: (screens) => keepMovementScreens(store, screens),
        load: () => loadMovementScreens(store),
      }),
    { version: savedCount },
  );
  const screens = list.status === "ready" ? list.value : null;
  const load = list.reload;
  const [error, setError] = useState<ApiError | null>(null);
  const [deleted, setDeleted] = useState(false);
  const problem = error === null ? null : describeApiError(error, i18n);

  async function remove(screenId: string) {
    setError(null);
    setDeleted(false);
    const result = await call("deleteMovementScreen", { params: { screenId } });
    if (result.ok) setDeleted(true);
    else setError(result.error);
    load();
  }

  return (
    <section className="card" aria-labelledby="saved-screens-title" data-testid="saved-screens">
      <h2 id="saved-screens-title">{t("screen.savedTitle")}</h2>
      {screens !== null && screens.length > 0 && (
        <ul data-testid="saved-screen-list" data-count={screens.length}>
          {screens.toReversed().map((screen) => (
            <ScreenRow key={screen.screenId} screen={screen} onDelete={() => remove(screen.screenId)} />
          ))}
        </ul>
      )}
      {screens !== null && screens.length === 0 && (
        <p className="muted" data-testid="no-saved-screens">
          {t("screen.savedNone")}
        </p>
      )}
      <ResourceStatus resource={list} testId="saved-screens-error" />
      {deleted && (
        <p role="status" data-testid="delete-screen-status">
          {t("screen.deleted")}
        </p>
      )}
      {problem !== null && (
        <>
          <p className="error" role="alert" data-testid="delete-screen-error">
            {problem.text}
          </p>
          <TechnicalDetail detail={problem.detail} />
        </>
      )}
    </section>
  );
}
