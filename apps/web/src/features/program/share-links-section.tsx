import { useMemo, useState } from "react";
import type { SubmitEvent } from "react";
import type { ApiError } from "@hipcheck/contracts";
import { useTranslation } from "react-i18next";
import { describeApiError } from "../../api/describe-api-error.js";
import { RetryIds, sessionShelf } from "../../api/retry-ids.js";
import { useResource } from "../../api/use-resource.js";
import { useAppContext } from "../../app/app-context.js";
import { ResourceStatus } from "../../components/resource-status.js";
import {
  SHARE_LINK_DAYS_DEFAULT,
  SHARE_LINK_DAYS_MAX,
  shareLinkStatus,
  shareLinkUrl,
  sortShareLinks,
} from "./share-link.js";
import type { ShareLinkView } from "./share-link.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { formatInstantDay } from "../../components/format-day.js";
import { useOneAtATime } from "../../components/one-at-a-time.js";

const STATUS_KEYS = {
  active: "sharing.statusActive",
  revoked: "sharing.statusRevoked",
  expired: "sharing.statusExpired",
} as const;

function NewLink({ url }: { readonly url: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // Without clipboard permission the person can still select the text of the field.
      setCopied(false);
    }
  }
  return (
    <div className="card" role="status" data-testid="new-share-link">
      <p>{t("sharing.shownOnce")}</p>
      <label>
        {t("sharing.linkLabel")}
        <input
          style={{ maxWidth: "none" }}
          type="text"
          readOnly
          value={url}
          onFocus={(event) => {
            event.currentTarget.select();
          }}
          data-testid="share-url"
        />
      </label>
      <div className="actions">
        <button type="button" onClick={() => void copy()} data-testid="copy-share-url">
          {t("sharing.copy")}
        </button>
        {copied === true && <span className="ok">{t("sharing.copied")}</span>}
        {copied === false && <span className="muted">{t("sharing.copyFailed")}</span>}
      </div>
    </div>
  );
}

function LinkRow({
  link,
  onRevoke,
}: {
  readonly link: ShareLinkView;
  readonly onRevoke: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const status = shareLinkStatus(link);
  const day = (instant: string) => formatInstantDay(instant, i18n.language);
  return (
    <li data-testid={`share-link-${link.linkId}`} data-status={status}>
      {t("sharing.createdOn", { date: day(link.createdAt) })} ·{" "}
      {t("sharing.expiresOn", { date: day(link.expiresAt) })} · <strong>{t(STATUS_KEYS[status])}</strong>
      {status === "active" && !confirming && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setConfirming(true);
          }}
          data-testid="revoke-share-link"
        >
          {t("sharing.revoke")}
        </button>
      )}
      {confirming && (
        <span role="group" aria-label={t("sharing.revokeQuestion")}>
          {" "}
          {t("sharing.revokeQuestion")}{" "}
          <button
            type="button"
            className="danger"
            onClick={() => {
              setConfirming(false);
              void onRevoke();
            }}
            data-testid="confirm-revoke"
          >
            {t("sharing.revokeConfirm")}
          </button>{" "}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setConfirming(false);
            }}
            data-testid="cancel-revoke"
          >
            {t("sharing.cancel")}
          </button>
        </span>
      )}
    </li>
  );
}

/**
 * Read-only links to the program for someone without an account (a class, a physiotherapist). The link shows the
 * plan only; the server keeps only a hash of its token, so the full address is shown once, right after creation.
 */
export function ShareLinksSection({ programId }: { readonly programId: string }) {
  const { t, i18n } = useTranslation();
  const { call } = useAppContext();
  const list = useResource<readonly ShareLinkView[]>(programId, () =>
    call("listShareLinks", { params: { programId } }),
  );
  const links = list.status === "ready" ? list.value : null;
  const load = list.reload;
  const [newUrl, setNewUrl] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const problem = error === null ? null : describeApiError(error, i18n);

  const creating = useOneAtATime();
  const shareIds = useMemo(() => new RetryIds(`share-link:${programId}`, sessionShelf()), [programId]);

  async function create(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const days = Number(new FormData(event.currentTarget).get("days"));
    // A double tap makes one link: a second one, never shown in full, would be live without the person knowing.
    // So does a try sent again after its answer was lost (offline, a timeout, a reload): the same link under the
    // same id, whose address the server gives again (decision 0635).
    const result = await creating.run(async () => {
      setError(null);
      return call("createShareLink", { params: { programId }, body: { days, id: shareIds.idFor({ days }) } });
    });
    if (result === null) return;
    if (!result.ok) {
      // A link made under this id whose address cannot be given again: the next try is a new link.
      if (result.error.kind === "conflict") shareIds.taken();
      setError(result.error);
      return;
    }
    shareIds.taken();
    setNewUrl(shareLinkUrl(window.location.origin, result.value.token));
    load();
  }

  async function revoke(linkId: string) {
    setError(null);
    const result = await call("revokeShareLink", { params: { linkId } });
    if (!result.ok) setError(result.error);
    load();
  }

  return (
    <section className="card" aria-labelledby="share-title" data-testid="share-links">
      <h2 id="share-title">{t("sharing.title")}</h2>
      <p>{t("sharing.explain")}</p>
      <form onSubmit={(event) => void create(event)} className="actions" style={{ alignItems: "end" }}>
        <label>
          {t("sharing.days")}
          <input
            type="number"
            name="days"
            min={1}
            max={SHARE_LINK_DAYS_MAX}
            step={1}
            defaultValue={SHARE_LINK_DAYS_DEFAULT}
            required
            data-testid="share-days"
          />
        </label>
        <button
          type="submit"
          disabled={creating.busy}
          aria-busy={creating.busy}
          data-testid="create-share-link"
        >
          {t("sharing.create")}
        </button>
      </form>
      {newUrl !== null && <NewLink url={newUrl} />}
      <ProblemAlert problem={problem} testId="share-error" />
      {links !== null && links.length > 0 && (
        <ul data-testid="share-link-list">
          {sortShareLinks(links).map((link) => (
            <LinkRow key={link.linkId} link={link} onRevoke={() => revoke(link.linkId)} />
          ))}
        </ul>
      )}
      {links !== null && links.length === 0 && <p className="muted">{t("sharing.none")}</p>}
      <ResourceStatus resource={list} testId="share-list-error" />
    </section>
  );
}
