import { useState } from "react";
import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError, RouteOutput } from "@hipcheck/contracts";
import { describeApiError } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import { ScrollableTable } from "../../components/scrollable-table.js";
import { confirmsDeletion } from "./delete-confirmation.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { formatInstantDay } from "../../components/format-day.js";
import { ResourceStatus } from "../../components/resource-status.js";
import type { Resource } from "../../api/use-resource.js";

export type Account = RouteOutput<"listAccounts">[number];
export type RoleFilter = "all" | Account["role"];

const FILTERS: readonly RoleFilter[] = ["all", "person", "coach", "admin"];

function ProblemLine({ error, testId }: { readonly error: ApiError; readonly testId: string }) {
  const { i18n } = useTranslation();
  const problem = describeApiError(error, i18n);
  return <ProblemAlert problem={problem} testId={testId} />;
}

/** Deletion cannot be undone: the admin types the account's email, and is told what goes with it. */
function DeleteConfirmation({
  account,
  onDeleted,
  onCancel,
}: {
  readonly account: Account;
  readonly onDeleted: (email: string) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { call } = useAppContext();
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmed = confirmsDeletion(typed, account.email);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!confirmed) return;
    setBusy(true);
    const deleted = await call("deleteAccountAsAdmin", { params: { accountId: account.accountId } });
    setBusy(false);
    if (!deleted.ok) {
      setError(deleted.error);
      return;
    }
    onDeleted(account.email);
  }

  return (
    <form onSubmit={(event) => void submit(event)} data-testid="delete-confirmation">
      <p>{t("admin.deleteWarning", { email: account.email })}</p>
      {account.role === "coach" && account.hasClients && <p>{t("admin.deleteCoachWarning")}</p>}
      <label>
        {t("admin.typeEmail")}
        <input
          type="text"
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
          }}
          autoComplete="off"
          spellCheck={false}
          data-testid="delete-confirm-email"
        />
      </label>
      {error !== null && <ProblemLine error={error} testId="delete-error" />}
      <div className="actions">
        <button type="submit" disabled={!confirmed || busy} data-testid="delete-confirm">
          {t("admin.deleteForGood")}
        </button>
        <button type="button" onClick={onCancel} data-testid="delete-cancel">
          {t("admin.cancel")}
        </button>
      </div>
    </form>
  );
}

function Coaching({ account }: { readonly account: Account }) {
  const { t } = useTranslation();
  if (account.hasClients) return <>{t("admin.hasClients")}</>;
  if (account.hasCoach) return <>{t("admin.hasCoach")}</>;
  return <span className="muted">{t("admin.noLink")}</span>;
}

/** The clinic's accounts, by email; the admin's own row has no delete button (that is done in Settings). */
export function AccountList({
  accounts: resource,
  filter,
  onFilter,
  onChanged,
}: {
  readonly accounts: Resource<readonly Account[]>;
  readonly filter: RoleFilter;
  readonly onFilter: (filter: RoleFilter) => void;
  readonly onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { me } = useAppContext();
  const [deleting, setDeleting] = useState<string | null>(null);
  const [deletedEmail, setDeletedEmail] = useState<string | null>(null);
  const day = (instant: string) => formatInstantDay(instant, i18n.language);
  const accounts = resource.status === "ready" ? resource.value : null;

  return (
    <section className="card" aria-labelledby="accounts-title">
      <h2 id="accounts-title">{t("admin.accountsTitle")}</h2>
      <label>
        {t("admin.showRole")}
        <select
          value={filter}
          onChange={(event) => {
            const chosen = FILTERS.find((option) => option === event.target.value);
            if (chosen !== undefined) onFilter(chosen);
          }}
          data-testid="role-filter"
        >
          {FILTERS.map((option) => (
            <option key={option} value={option}>
              {t(`admin.filters.${option}`)}
            </option>
          ))}
        </select>
      </label>
      {deletedEmail !== null && (
        <p className="ok" role="status" data-testid="delete-notice">
          {t("admin.deleted", { email: deletedEmail })}
        </p>
      )}
      <ResourceStatus resource={resource} testId="accounts-error" />
      {accounts !== null && accounts.length === 0 && <p className="muted">{t("admin.noAccounts")}</p>}
      {accounts !== null && accounts.length > 0 && (
        <ScrollableTable label={t("admin.accountsTable")}>
          <thead>
            <tr>
              <th scope="col">{t("admin.email")}</th>
              <th scope="col">{t("admin.role")}</th>
              <th scope="col">{t("admin.createdOn")}</th>
              <th scope="col">{t("admin.coaching")}</th>
              <th scope="col">{t("admin.actions")}</th>
            </tr>
          </thead>
          <tbody data-testid="accounts">
            {accounts.map((account) => (
              <tr key={account.accountId} data-testid={`account-row-${account.email}`}>
                <th scope="row">{account.email}</th>
                <td>{t(`admin.roles.${account.role}`)}</td>
                <td>{day(account.createdAt)}</td>
                <td>
                  <Coaching account={account} />
                </td>
                <td>
                  {account.accountId === me?.accountId ? (
                    <span className="muted">{t("admin.you")}</span>
                  ) : deleting === account.accountId ? (
                    <DeleteConfirmation
                      account={account}
                      onDeleted={(email) => {
                        setDeleting(null);
                        setDeletedEmail(email);
                        onChanged();
                      }}
                      onCancel={() => {
                        setDeleting(null);
                      }}
                    />
                  ) : (
                    <button
                      type="button"
                      onClick={() => {
                        setDeletedEmail(null);
                        setDeleting(account.accountId);
                      }}
                      aria-label={t("admin.deleteAccountOf", { email: account.email })}
                      data-testid="delete-account"
                    >
                      {t("admin.delete")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
    </section>
  );
}
