import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError } from "@hipcheck/contracts";
import { useAppContext } from "../../app/app-context.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { AccountList, type Account, type RoleFilter } from "./account-list.js";
import { CreateAccountForm } from "./create-account-form.js";

/** A clinic admin's page: the clinic's accounts, new coach or admin accounts, and deleting an account. */
export function AdminPage() {
  const { t } = useTranslation();
  usePageTitle(t("admin.title"));
  const { call, me } = useAppContext();
  const [filter, setFilter] = useState<RoleFilter>("all");
  const [accounts, setAccounts] = useState<readonly Account[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const isAdmin = me?.role === "admin";

  const load = useCallback(() => {
    if (!isAdmin) return;
    void call("listAccounts", { query: filter === "all" ? {} : { role: filter } }).then((result) => {
      if (result.ok) {
        setAccounts(result.value);
        setError(null);
      } else setError(result.error);
    });
  }, [call, filter, isAdmin]);
  useEffect(load, [load]);

  return (
    <article data-testid="admin-page">
      <h1>{t("admin.title")}</h1>
      {isAdmin ? (
        <>
          <p>{t("admin.intro")}</p>
          <CreateAccountForm onCreated={load} />
          <AccountList
            accounts={accounts}
            error={error}
            filter={filter}
            onFilter={(chosen) => {
              setAccounts(null);
              setFilter(chosen);
            }}
            onChanged={load}
          />
        </>
      ) : (
        <p data-testid="admin-only">{t("admin.adminsOnly")}</p>
      )}
    </article>
  );
}
