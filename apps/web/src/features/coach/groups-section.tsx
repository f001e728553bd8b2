import { useCallback, useEffect, useState } from "react";
import type { SubmitEvent } from "react";
import { EQUIPMENT, EQUIPMENT_LABELS, WEEKDAYS, WEEKDAY_LABELS } from "@hipcheck/core";
import type { Equipment, Weekday } from "@hipcheck/core";
import type { ApiError, RouteOutput } from "@hipcheck/contracts";
import { useTranslation } from "react-i18next";
import { describeApiError } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import { todayIso } from "../../app/today.js";
import { ChoiceGroup } from "../../components/choice-group.js";
import { TechnicalDetail } from "../../components/technical-detail.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { toggled } from "../onboarding/answers-draft.js";
import { classAnswers } from "./class-answers.js";
import { formText } from "../../components/form-text.js";
import { ProblemAlert } from "../../components/problem-alert.js";

type Group = RouteOutput<"listGroups">[number];
type Client = RouteOutput<"listClients">[number];

/** Share of the group's members who trained this week, in percent; null for an empty group. */
export function groupAdherencePct(group: Group, clients: readonly Client[]): number | null {
  if (group.memberIds.length === 0) return null;
  const trained = clients.filter(
    (client) => group.memberIds.includes(client.clientId) && client.trainedThisWeek,
  ).length;
  return Math.round((100 * trained) / group.memberIds.length);
}

function GroupCard({
  group,
  clients,
  onChange,
}: {
  readonly group: Group;
  readonly clients: readonly Client[];
  readonly onChange: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { call } = useAppContext();
  const [days, setDays] = useState<Weekday[]>(["tue", "thu"]);
  const [equipment, setEquipment] = useState<Equipment[]>(["mat"]);
  const [outcome, setOutcome] = useState<
    | { readonly ok: true; readonly assigned: number; readonly members: number }
    | { readonly ok: false; readonly error: ApiError }
    | null
  >(null);
  const problem = outcome === null || outcome.ok ? null : describeApiError(outcome.error, i18n);
  const pct = groupAdherencePct(group, clients);
  async function toggleMember(clientId: string, on: boolean) {
    const params = { groupId: group.groupId, clientId };
    await (on ? call("addGroupMember", { params }) : call("removeGroupMember", { params }));
    onChange();
  }
  async function assign() {
    const answers = classAnswers({ sport: "yoga", days, equipment, language: currentLang(i18n.language) });
    const template = await call("setGroupTemplate", {
      params: { groupId: group.groupId },
      body: { answers, startDate: todayIso() },
    });
    if (!template.ok) {
      setOutcome({ ok: false, error: template.error });
      return;
    }
    const assigned = await call("assignGroupTemplate", { params: { groupId: group.groupId } });
    setOutcome(
      assigned.ok
        ? { ok: true, assigned: assigned.value.assigned.length, members: group.memberIds.length }
        : { ok: false, error: assigned.error },
    );
    onChange();
  }
  return (
    <section className="card" data-testid={`group-${group.name}`}>
      <h3>{group.name}</h3>
      {pct !== null && <p data-testid="group-adherence">{t("coach.groupAdherence", { pct })}</p>}
      <fieldset>
        <legend>{t("coach.members")}</legend>
        {clients.map((client) => (
          <label key={client.clientId}>
            <input
              type="checkbox"
              checked={group.memberIds.includes(client.clientId)}
              onChange={(e) => void toggleMember(client.clientId, e.target.checked)}
              data-testid={`member-${client.email}`}
            />
            {client.email}
          </label>
        ))}
      </fieldset>
      <ChoiceGroup
        legend={t("onboarding.daysTitle")}
        options={WEEKDAYS}
        labels={WEEKDAY_LABELS}
        selected={days}
        onToggle={(day, on) => {
          setDays(toggled(days, day, on));
        }}
        testId={`group-day-${group.groupId}`}
      />
      <ChoiceGroup
        legend={t("onboarding.equipmentTitle")}
        options={EQUIPMENT}
        labels={EQUIPMENT_LABELS}
        selected={equipment}
        onToggle={(item, on) => {
          setEquipment(toggled(equipment, item, on));
        }}
        testId={`group-equipment-${group.groupId}`}
      />
      <button
        type="button"
        onClick={() => void assign()}
        disabled={group.memberIds.length === 0 || days.length === 0}
        data-testid="assign-template"
      >
        {t("coach.assignTemplate")}
      </button>
      {outcome !== null && (
        <p role="status" className={outcome.ok ? undefined : "error"} data-testid="assign-status">
          {outcome.ok
            ? `${t("coach.assigned")}${t("app.colon")}${outcome.assigned} / ${outcome.members}`
            : problem?.text}
        </p>
      )}
      <TechnicalDetail detail={problem?.detail} />
    </section>
  );
}

/** Groups (a yoga class): members, one program template for all, and the group's adherence this week. */
export function GroupsSection({ clients }: { readonly clients: readonly Client[] }) {
  const { t, i18n } = useTranslation();
  const { call } = useAppContext();
  const [groups, setGroups] = useState<readonly Group[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const problem = error === null ? null : describeApiError(error, i18n);
  const load = useCallback(() => {
    void call("listGroups", {}).then((result) => {
      if (result.ok) setGroups(result.value);
    });
  }, [call]);
  useEffect(load, [load]);
  async function create(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = formText(new FormData(form), "name").trim();
    if (name === "") return;
    const result = await call("createGroup", { body: { name } });
    setError(result.ok ? null : result.error);
    if (result.ok) {
      form.reset();
      load();
    }
  }
  return (
    <section data-testid="groups">
      <h2>{t("coach.groups")}</h2>
      {groups.map((group) => (
        <GroupCard key={group.groupId} group={group} clients={clients} onChange={load} />
      ))}
      <form onSubmit={(event) => void create(event)} className="card">
        <label>
          {t("coach.groupName")}
          <input type="text" name="name" maxLength={120} required data-testid="group-name" />
        </label>
        <button type="submit" data-testid="create-group">
          {t("coach.createGroup")}
        </button>
        <ProblemAlert problem={problem} />
      </form>
    </section>
  );
}
