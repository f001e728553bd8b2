/**
 * Groups (a yoga class, a running club): a coach keeps a program template for the class and gives each member a
 * program fitted to their own answers (equipment, days). Each member's own red-flag screen still decides: a member
 * whose latest screen needs a clinician gets nothing, and a program someone chose or changed by hand is kept unless
 * the coach confirms its replacement.
 */
import { clientIdTaken } from "../client-entry-id.js";
import {
  err,
  generateProgram,
  ok,
  parseWith,
  shownName,
  AnswersSchema,
  type HipError,
  type Result,
  type Answers,
  type Equipment,
  type IsoDate,
  type Lang,
  type Localized,
  type Program,
  type ProgramRevision,
  type Weekday,
} from "@hipcheck/core";
import type { Actor } from "../actor.js";
import type { GroupRecord, ListPage, Repositories, IsoInstant } from "../ports.js";
import type { PageInput } from "./tracking.js";
import { currentAnswers } from "./current-answers.js";
import { invalid, notFound } from "./access.js";
import { requireClient, requireCoach } from "./coaching.js";
import { quotaProblemHeld, quotasOf } from "../account-quotas.js";
import type { HipCheckDeps, UseCase } from "../use-case.js";

export const GROUP_NAME_MAX_LENGTH = 120;

async function groupView(repositories: Repositories, group: GroupRecord): Promise<GroupView> {
  const members = await repositories.groups.members(group.id);
  return {
    groupId: group.id,
    name: group.name,
    createdAt: group.createdAt,
    template: group.template,
    memberIds: members.map((member) => member.accountId),
  };
}

async function ownGroup(
  repositories: Repositories,
  actor: Actor,
  groupId: string,
): Promise<Result<GroupRecord, HipError>> {
  const coach = requireCoach(actor);
  if (!coach.ok) return coach;
  const group = await repositories.groups.findById(groupId);
  return group?.coachId === coach.value.accountId ? ok(group) : err(notFound("group"));
}

/** Has anyone changed this program by hand (the person, or a coach with a reason)? The latest such change. */
async function lastHandEdit(
  repositories: Repositories,
  programId: string,
): Promise<ProgramRevision | undefined> {
  const history = await repositories.programs.revisionsOf(programId);
  // The note a group assignment leaves (a coach's revision with no change) is not a hand edit.
  return history
    .map((entry) => entry.revision)
    .findLast((revision) => revision.changedBy !== "rules" && revision.changes.length > 0);
}

/**
 * What assigning the group's program does to one member (decision 0270). A member's own program, or one a coach or
 * the member changed by hand, is only replaced when the coach says so for that member; a member who may not
 * self-manage, or has no check-in, gets nothing.
 */
async function planFor(
  repositories: Repositories,
  actor: Actor,
  group: GroupRecord,
  clientId: string,
): Promise<MemberPlan> {
  const account = await repositories.accounts.findById(clientId);
  const base = { clientId, email: account?.email ?? "", displayName: account?.displayName ?? null };
  const linked = await requireClient(repositories, actor, clientId);
  if (!linked.ok) return { ...base, plan: "skip", reason: linked.error };
  const answers = await currentAnswers(repositories, clientId);
  if (!answers.ok) return { ...base, plan: "skip", reason: answers.error };
  const fitted = {
    ...base,
    availableDays: answers.value.availableDays,
    equipment: answers.value.equipment,
    language: answers.value.person.language,
  };
  const current = await repositories.programs.latestFor(clientId);
  if (!current) return { ...fitted, plan: "new", currentProgramId: null };
  const edit = await lastHandEdit(repositories, current.id);
  if (edit) {
    return { ...fitted, plan: "keep-edited", currentProgramId: current.id, lastEdit: edit };
  }
  if (current.groupId === group.id) return { ...fitted, plan: "update", currentProgramId: current.id };
  return { ...fitted, plan: "keep-personal", currentProgramId: current.id };
}

/** What the member reads on their side, in either language, saying who gave the program and from which group. */
function assignmentNotice(coachName: string, groupName: string, replaced: boolean): Localized {
  return replaced
    ? {
        en: `${coachName} gave you the program of the group “${groupName}” in place of your previous one, fitted to your equipment and days.`,
        fr: `${coachName} vous a donné le programme du groupe «\u00a0${groupName}\u00a0» à la place du précédent, adapté à votre matériel et à vos jours.`,
      }
    : {
        en: `${coachName} gave you the program of the group “${groupName}”, fitted to your equipment and days.`,
        fr: `${coachName} vous a donné le programme du groupe «\u00a0${groupName}\u00a0», adapté à votre matériel et à vos jours.`,
      };
}

export function groupUseCases(deps: HipCheckDeps) {
  const { repositories, clock, ids } = deps;
  const quotas = quotasOf(deps);
  return {
    createGroup: async (actor, input) => {
      const coach = requireCoach(actor);
      if (!coach.ok) return coach;
      const name = input.name.trim();
      if (name.length === 0 || name.length > GROUP_NAME_MAX_LENGTH) {
        return err(invalid(`A group name has 1 to ${GROUP_NAME_MAX_LENGTH} characters.`, "name"));
      }
      const group: GroupRecord = {
        id: input.id ?? ids.newId(),
        coachId: coach.value.accountId,
        name,
        createdAt: clock.now(),
        template: null,
      };
      // A retry under the client's id answers the group made the first time (decision 0610); a new group takes a
      // row of the coach's quota (decision 0620).
      const made = await repositories.transaction(async (tx) => {
        if (input.id !== undefined && (await tx.groups.findById(group.id)) !== undefined) return {};
        const full = await quotaProblemHeld(tx.usage, quotas, group.coachId, { rows: 1 });
        return full === undefined ? { inserted: await tx.groups.insert(group) } : { full };
      });
      if (made.full !== undefined) return err(made.full);
      if (made.inserted === true) return ok(await groupView(repositories, group));
      const stored = await repositories.groups.findById(group.id);
      if (stored?.coachId !== group.coachId || stored.name !== name) return err(clientIdTaken("group"));
      return ok(await groupView(repositories, stored));
    },
    listGroups: async (actor) => {
      const coach = requireCoach(actor);
      if (!coach.ok) return coach;
      const groups = await repositories.groups.listForCoach(coach.value.accountId);
      return ok(await Promise.all(groups.map((group) => groupView(repositories, group))));
    },
    pageGroups: async (actor, input) => {
      const coach = requireCoach(actor);
      if (!coach.ok) return coach;
      const page = await repositories.groups.pageForCoach(coach.value.accountId, input.page);
      return ok({
        items: await Promise.all(page.items.map((group) => groupView(repositories, group))),
        next: page.next,
      });
    },
    addGroupMember: async (actor, input) => {
      const group = await ownGroup(repositories, actor, input.groupId);
      if (!group.ok) return group;
      const client = await requireClient(repositories, actor, input.clientId);
      if (!client.ok) return client;
      const members = await repositories.groups.members(group.value.id);
      if (!members.some((member) => member.accountId === input.clientId)) {
        await repositories.groups.addMember({
          groupId: group.value.id,
          accountId: input.clientId,
          joinedAt: clock.now(),
        });
      }
      return ok(await groupView(repositories, group.value));
    },
    removeGroupMember: async (actor, input) => {
      const group = await ownGroup(repositories, actor, input.groupId);
      if (!group.ok) return group;
      await repositories.groups.removeMember(group.value.id, input.clientId);
      return ok(await groupView(repositories, group.value));
    },
    setGroupTemplate: async (actor, input) => {
      const group = await ownGroup(repositories, actor, input.groupId);
      if (!group.ok) return group;
      const answers = parseWith(AnswersSchema, input.answers);
      if (!answers.ok) {
        return err({ ...answers.error, field: `answers.${answers.error.field ?? ""}`.replace(/\.$/, "") });
      }
      const base = { startDate: input.startDate, id: `template-${group.value.id}`, createdOn: clock.today() };
      const generated = generateProgram(
        answers.value,
        input.weeks === undefined ? base : { ...base, weeks: input.weeks },
      );
      if (!generated.ok) return generated;
      const template = generated.value;
      await repositories.groups.setTemplate(group.value.id, template);
      return ok(await groupView(repositories, { ...group.value, template }));
    },
    previewGroupAssignment: async (actor, input) => {
      const group = await ownGroup(repositories, actor, input.groupId);
      if (!group.ok) return group;
      if (group.value.template === null) {
        return err({ kind: "unprocessable", message: "Set the group's program template first." });
      }
      const members = await repositories.groups.members(group.value.id);
      const plans: MemberPlan[] = [];
      for (const member of members) {
        plans.push(await planFor(repositories, actor, group.value, member.accountId));
      }
      return ok({ members: plans });
    },
    assignGroupTemplate: async (actor, input) => {
      const group = await ownGroup(repositories, actor, input.groupId);
      if (!group.ok) return group;
      const { template } = group.value;
      if (template === null) {
        return err({ kind: "unprocessable", message: "Set the group's program template first." });
      }
      const coach = await repositories.accounts.findById(group.value.coachId);
      const confirmed = new Set(input.replace ?? []);
      const members = await repositories.groups.members(group.value.id);
      const output: {
        assigned: AssignTemplateOutput["assigned"][number][];
        kept: AssignTemplateOutput["kept"][number][];
        skipped: AssignTemplateOutput["skipped"][number][];
      } = { assigned: [], kept: [], skipped: [] };
      await repositories.transaction(async (tx) => {
        for (const member of members) {
          const clientId = member.accountId;
          const plan = await planFor(tx, actor, group.value, clientId);
          if (plan.plan === "skip") {
            output.skipped.push({ clientId, reason: plan.reason });
            continue;
          }
          if ((plan.plan === "keep-personal" || plan.plan === "keep-edited") && !confirmed.has(clientId)) {
            output.kept.push({ clientId, plan: plan.plan });
            continue;
          }
          const answers = await currentAnswers(tx, clientId);
          if (!answers.ok) {
            output.skipped.push({ clientId, reason: answers.error });
            continue;
          }
          // Fitted to the member: their equipment and days, the class's start and length (decision 0270).
          const id = ids.newId();
          const generated = generateProgram(answers.value, {
            startDate: template.startDate,
            weeks: template.weeks,
            id,
            createdOn: clock.today(),
          });
          if (!generated.ok) {
            output.skipped.push({ clientId, reason: generated.error });
            continue;
          }
          const now = clock.now();
          await tx.programs.insert({
            id,
            accountId: clientId,
            createdAt: now,
            updatedAt: now,
            groupId: group.value.id,
            program: generated.value,
          });
          const replaced = plan.currentProgramId !== null;
          const revision: ProgramRevision = {
            revision: 1,
            changedAt: now,
            changedBy: "coach",
            reason: assignmentNotice(coach ? shownName(coach) : "", group.value.name, replaced),
            changes: [],
          };
          await tx.programs.applyRevision(
            {
              programId: id,
              changedByAccountId: group.value.coachId,
              revision,
              programAfter: { ...generated.value, revision: 1 },
            },
            now,
          );
          output.assigned.push({ clientId, programId: id, replaced });
        }
      });
      return ok(output);
    },
  } satisfies GroupUseCases;
}

/** `id`, chosen by the client and kept across retries, makes a repeat create one group (decision 0610). */
export type CreateGroupInput = { readonly name: string; readonly id?: string };

export type GroupView = {
  readonly groupId: string;
  readonly name: string;
  readonly createdAt: IsoInstant;
  readonly template: Program | null;
  readonly memberIds: readonly string[];
};

export type GroupMemberInput = { readonly groupId: string; readonly clientId: string };

export type SetGroupTemplateInput = {
  readonly groupId: string;
  /** Representative answers for the class (e.g. a yoga class with mats and blocks); red flags are screened too. */
  readonly answers: Answers;
  readonly startDate: IsoDate;
  readonly weeks?: number;
};

export type GroupIdInput = { readonly groupId: string };

export type AssignTemplateInput = GroupIdInput & {
  /** Members whose own or hand-edited program the coach confirmed may be replaced; the others keep theirs. */
  readonly replace?: readonly string[];
};

type MemberBase = {
  readonly clientId: string;
  readonly email: string;
  /** Null when the member has not chosen one: the email is shown instead. */
  readonly displayName: string | null;
};
type FittedMember = MemberBase & {
  readonly availableDays: readonly Weekday[];
  readonly equipment: readonly Equipment[];
  readonly language: Lang;
};

/**
 * One member in the preview: `new` (no program yet), `update` (the group's earlier, untouched copy is replaced),
 * `keep-personal` (their own program, kept unless confirmed), `keep-edited` (changed by hand, kept unless
 * confirmed) or `skip` (and why).
 */
export type MemberPlan =
  | (FittedMember & { readonly plan: "new"; readonly currentProgramId: null })
  | (FittedMember & { readonly plan: "update" | "keep-personal"; readonly currentProgramId: string })
  | (FittedMember & {
      readonly plan: "keep-edited";
      readonly currentProgramId: string;
      readonly lastEdit: ProgramRevision;
    })
  | (MemberBase & { readonly plan: "skip"; readonly reason: HipError });

export type AssignmentPreview = { readonly members: readonly MemberPlan[] };

export type AssignTemplateOutput = {
  readonly assigned: readonly {
    readonly clientId: string;
    readonly programId: string;
    /** True when the member's previous program was replaced. */
    readonly replaced: boolean;
  }[];
  /** Members who keep their own or hand-edited program, the coach not having confirmed the replacement. */
  readonly kept: readonly { readonly clientId: string; readonly plan: "keep-personal" | "keep-edited" }[];
  /** Members who cannot get a program now, e.g. their latest screen needs a clinician. */
  readonly skipped: readonly { readonly clientId: string; readonly reason: HipError }[];
};

/** A coach's groups and their template program. */
export type GroupUseCases = {
  readonly createGroup: UseCase<CreateGroupInput, GroupView>;
  readonly listGroups: UseCase<Record<string, never>, readonly GroupView[]>;
  /** The same list a page at a time, cut in SQL (decision 0621). */
  readonly pageGroups: UseCase<PageInput, ListPage<GroupView>>;
  readonly addGroupMember: UseCase<GroupMemberInput, GroupView>;
  readonly removeGroupMember: UseCase<GroupMemberInput, GroupView>;
  readonly setGroupTemplate: UseCase<SetGroupTemplateInput, GroupView>;
  /** What assigning would do to each member, before anything changes. */
  readonly previewGroupAssignment: UseCase<GroupIdInput, AssignmentPreview>;
  readonly assignGroupTemplate: UseCase<AssignTemplateInput, AssignTemplateOutput>;
};
