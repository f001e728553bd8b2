import { useMemo, useState } from "react";
import type { SubmitEvent } from "react";
import { EQUIPMENT, EQUIPMENT_LABELS, WEEKDAYS, WEEKDAY_LABELS, shownName } from "@hipcheck/core";
import type { Equipment, Weekday } from "@hipcheck/core";
import type { ApiError, RouteOutput } from "@hipcheck/contracts";
import { useTranslation } from "react-i18next";
import { describeApiError } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import { todayIso } from "../../app/today.js";
import { ChoiceGroup } from "../../components/choice-group.js";
import { formatInstantDay } from "../../components/format-day.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { toggled } from "../onboarding/answers-draft.js";
import { classAnswers } from "./class-answers.js";
import { formText } from "../../components/form-text.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { useResource } from "../../api/use-resource.js";
import { RetryIds, sessionShelf } from "../../api/retry-ids.js";
import { ResourceStatus } from "../../components/resource-status.js";
import { useOneAtATime } from "../../components/one-at-a-time.js";

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

type Preview = RouteOutput<"previewGroupAssignment">;
type MemberPlan = Preview["members"][number];
type AssignOutput = RouteOutput<"assignGroupTemplate">;

/** Why a member gets nothing, in the coach's words about the member (third person). */
type SkipKey = `coaching.skip.${"needsClinician" | "noCheckIn" | "notLinked" | "other"}`;

function skipReasonKey(plan: MemberPlan & { plan: "skip" }): SkipKey {
  switch (plan.reason.kind) {
    case "needs-clinician":
      return "coaching.skip.needsClinician";
    case "unprocessable":
      return "coaching.skip.noCheckIn";
    case "not-found":
      return "coaching.skip.notLinked";
    default:
      return "coaching.skip.other";
  }
}

/** One member's line in the preview: what will happen to their program, and a box to replace a kept one. */
function MemberPlanLine({
  plan,
  replace,
  onReplace,
}: {
  readonly plan: MemberPlan;
  readonly replace: boolean;
  readonly onReplace: (on: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const list = (items: readonly string[]) => (items.length === 0 ? t("coaching.nothing") : items.join(", "));
  return (
    <li data-testid={`plan-${plan.email}`} data-plan={plan.plan}>
      <strong>{shownName(plan)}</strong>
      {t("app.colon")}
      {plan.plan === "skip" ? (
        <span>{t("coaching.plan.skip", { why: t(skipReasonKey(plan)) })}</span>
      ) : (
        <>
          <span>
            {plan.plan === "keep-edited"
              ? t("coaching.plan.keepEdited", {
                  who: t(`coaching.editor.${plan.lastEdit.changedBy}`),
                  date: formatInstantDay(plan.lastEdit.changedAt, i18n.language),
                  reason: plan.lastEdit.reason[lang],
                })
              : t(`coaching.plan.${plan.plan === "keep-personal" ? "keepPersonal" : plan.plan}`)}
          </span>{" "}
          <span className="muted">
            {t("coaching.fittedTo", {
              days: list(plan.availableDays.map((day) => WEEKDAY_LABELS[day][lang])),
              equipment: list(plan.equipment.map((item) => EQUIPMENT_LABELS[item][lang])),
            })}
          </span>
          {(plan.plan === "keep-edited" || plan.plan === "keep-personal") && (
            <label>
              <input
                type="checkbox"
                checked={replace}
                onChange={(event) => {
                  onReplace(event.target.checked);
                }}
                data-testid={`replace-${plan.email}`}
              />
              {t("coaching.replaceAnyway")}
            </label>
          )}
        </>
      )}
    </li>
  );
}

/** What the assignment did: given, kept (and why), skipped (and why), by name. */
function AssignResult({ output, preview }: { readonly output: AssignOutput; readonly preview: Preview }) {
  const { t } = useTranslation();
  const memberOf = (clientId: string) => preview.members.find((member) => member.clientId === clientId);
  const emailOf = (clientId: string) => memberOf(clientId)?.email ?? clientId;
  const nameOf = (clientId: string) => {
    const member = memberOf(clientId);
    return member === undefined ? clientId : shownName(member);
  };
  return (
    <div role="status" data-testid="assign-status">
      <p>{t("coaching.result.given", { count: output.assigned.length })}</p>
      <ul>
        {output.assigned.map((entry) => (
          <li key={entry.clientId} data-testid={`given-${emailOf(entry.clientId)}`}>
            {nameOf(entry.clientId)}
            {t("app.colon")}
            {t(entry.replaced ? "coaching.result.replaced" : "coaching.result.new")}
          </li>
        ))}
        {output.kept.map((entry) => (
          <li key={entry.clientId} data-testid={`kept-${emailOf(entry.clientId)}`}>
            {nameOf(entry.clientId)}
            {t("app.colon")}
            {t(entry.plan === "keep-edited" ? "coaching.result.keptEdited" : "coaching.result.keptPersonal")}
          </li>
        ))}
        {output.skipped.map((entry) => {
          const plan = preview.members.find((member) => member.clientId === entry.clientId);
          return (
            <li key={entry.clientId} data-testid={`skipped-${emailOf(entry.clientId)}`}>
              {nameOf(entry.clientId)}
              {t("app.colon")}
              {t("coaching.plan.skip", {
                why: t(plan?.plan === "skip" ? skipReasonKey(plan) : "coaching.skip.other"),
              })}
            </li>
          );
        })}
      </ul>
    </div>
  );
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
  const [preview, setPreview] = useState<Preview | null>(null);
  const [replace, setReplace] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<
    | { readonly ok: true; readonly output: AssignOutput }
    | { readonly ok: false; readonly error: ApiError }
    | null
  >(null);
  const problem = outcome === null || outcome.ok ? null : describeApiError(outcome.error, i18n);
  const pct = groupAdherencePct(group, clients);
  async function toggleMember(clientId: string, on: boolean) {
    const params = { groupId: group.groupId, clientId };
    await (on ? call("addGroupMember", { params }) : call("removeGroupMember", { params }));
    setPreview(null);
    onChange();
  }
  async function showPreview() {
    setBusy(true);
    setOutcome(null);
    // The previous preview goes at once: a box ticked on it must not carry over to the new one.
    setPreview(null);
    setReplace([]);
    const answers = classAnswers({ sport: "yoga", days, equipment, language: currentLang(i18n.language) });
    const template = await call("setGroupTemplate", {
      params: { groupId: group.groupId },
      body: { answers, startDate: todayIso() },
    });
    const previewed = template.ok
      ? await call("previewGroupAssignment", { params: { groupId: group.groupId } })
      : template;
    setBusy(false);
    if (!previewed.ok) {
      setOutcome({ ok: false, error: previewed.error });
      return;
    }
    setPreview(previewed.value);
    setReplace([]);
  }
  async function confirm() {
    setBusy(true);
    const assigned = await call("assignGroupTemplate", {
      params: { groupId: group.groupId },
      body: { replace: [...replace] },
    });
    setBusy(false);
    setOutcome(assigned.ok ? { ok: true, output: assigned.value } : { ok: false, error: assigned.error });
    if (assigned.ok) onChange();
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
            {shownName(client)}
          </label>
        ))}
      </fieldset>
      <p className="muted">{t("coaching.classAnswersIntro")}</p>
      <ChoiceGroup
        legend={t("onboarding.daysTitle")}
        options={WEEKDAYS}
        labels={WEEKDAY_LABELS}
        selected={days}
        onToggle={(day, on) => {
          setDays(toggled(days, day, on));
          setPreview(null);
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
          setPreview(null);
        }}
        testId={`group-equipment-${group.groupId}`}
      />
      <button
        type="button"
        onClick={() => void showPreview()}
        disabled={busy || group.memberIds.length === 0 || days.length === 0}
        data-testid="preview-assignment"
      >
        {t("coaching.previewAssignment")}
      </button>
      {preview !== null && (
        <section data-testid="assignment-preview" aria-labelledby={`preview-${group.groupId}`}>
          <h4 id={`preview-${group.groupId}`}>{t("coaching.previewTitle")}</h4>
          <ul>
            {preview.members.map((plan) => (
              <MemberPlanLine
                key={plan.clientId}
                plan={plan}
                replace={replace.includes(plan.clientId)}
                onReplace={(on) => {
                  setReplace(on ? [...replace, plan.clientId] : replace.filter((id) => id !== plan.clientId));
                }}
              />
            ))}
          </ul>
          <button type="button" onClick={() => void confirm()} disabled={busy} data-testid="assign-template">
            {t("coaching.confirmAssignment")}
          </button>
        </section>
      )}
      {outcome?.ok === true && preview !== null && <AssignResult output={outcome.output} preview={preview} />}
      <ProblemAlert problem={problem} testId="assign-error" />
    </section>
  );
}

/** Groups (a yoga class): members, one program template for all, and the group's adherence this week. */
export function GroupsSection({ clients }: { readonly clients: readonly Client[] }) {
  const { t, i18n } = useTranslation();
  const { call } = useAppContext();
  const resource = useResource("groups", () => call("listGroups", {}));
  const groups = resource.status === "ready" ? resource.value : [];
  const load = resource.reload;
  const [error, setError] = useState<ApiError | null>(null);
  const problem = error === null ? null : describeApiError(error, i18n);
  const creating = useOneAtATime();
  const groupIds = useMemo(() => new RetryIds("coach-group", sessionShelf()), []);
  async function create(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = formText(new FormData(form), "name").trim();
    if (name === "") return;
    // A double tap makes one group; so does the same name sent again after a lost answer.
    const id = groupIds.idFor({ name });
    const result = await creating.run(() => call("createGroup", { body: { name, id } }));
    if (result === null) return;
    setError(result.ok ? null : result.error);
    if (result.ok) {
      groupIds.taken();
      form.reset();
      load();
    }
  }
  return (
    <section data-testid="groups">
      <h2>{t("coach.groups")}</h2>
      <ResourceStatus resource={resource} testId="groups-failed" />
      {groups.map((group) => (
        <GroupCard key={group.groupId} group={group} clients={clients} onChange={load} />
      ))}
      <form onSubmit={(event) => void create(event)} className="card">
        <label>
          {t("coach.groupName")}
          <input type="text" name="name" maxLength={120} required data-testid="group-name" />
        </label>
        <button type="submit" disabled={creating.busy} aria-busy={creating.busy} data-testid="create-group">
          {t("coach.createGroup")}
        </button>
        <ProblemAlert problem={problem} />
      </form>
    </section>
  );
}
