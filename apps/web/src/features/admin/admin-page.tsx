import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate } from "react-router";
import { useResource } from "../../api/use-resource.js";
import { useAppContext } from "../../app/app-context.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { AccountList, type Account, type RoleFilter } from "./account-list.js";
import { CreateAccountForm } from "./create-account-form.js";
import { InvitePersonForm } from "./invite-person-form.js";

/** A clinic admin's page: the clinic's accounts, new coach or admin accounts, and deleting an account. */
export function AdminPage() {
  const { t } = useTranslation();
  usePageTitle(t("admin.title"));
  const { call, me } = useAppContext();
  const [filter, setFilter] = useState<RoleFilter>("all");
  const isAdmin = me?.role === "admin";
  const accounts = useResource<readonly Account[]>(isAdmin ? filter : null, () =>
    call("listAccounts", { query: filter === "all" ? {} : { role: filter } }),
  );

  // An admin without two-step sign-in is refused every admin action: set it up first (decision 0432).
  if (accounts.status === "failed" && accounts.error.kind === "two-step-required") {
    return <Navigate to="/settings#two-step" replace />;
  }
  return (
    <article data-testid="admin-page">
      <h1>{t("admin.title")}</h1>
      {isAdmin ? (
        <>
          <p>{t("admin.intro")}</p>
          <CreateAccountForm onCreated={accounts.reload} />
          <InvitePersonForm onInvited={accounts.reload} />
          <AccountList accounts={accounts} filter={filter} onFilter={setFilter} onChanged={accounts.reload} />
        </>
      ) : (
        <p data-testid="admin-only">{t("admin.adminsOnly")}</p>
      )}
    </article>
  );
}
