import type { Equipment, Lang, Sport, Weekday } from "@hipcheck/core";

export type Profile = {
  readonly language: Lang;
  readonly sports: readonly Sport[];
  readonly equipment: readonly Equipment[];
  readonly availableDays: readonly Weekday[];
};

/** The current list with the choices this page added and without those it removed, since it was loaded. */
function withChanges<T>(loaded: readonly T[], edited: readonly T[], current: readonly T[]): T[] {
  const added = edited.filter((choice) => !loaded.includes(choice));
  const removed = loaded.filter((choice) => !edited.includes(choice));
  return [
    ...current.filter((choice) => !removed.includes(choice)),
    ...added.filter((choice) => !current.includes(choice)),
  ];
}

/**
 * What to save when the profile may have changed since this page loaded it (in another tab, on another device):
 * this page's own changes applied to the profile as it is now, so saving here never undoes a choice saved there.
 * A field this page left alone keeps its current value.
 */
export function profileToSave(loaded: Profile, edited: Profile, current: Profile): Profile {
  return {
    language: edited.language === loaded.language ? current.language : edited.language,
    sports: withChanges(loaded.sports, edited.sports, current.sports),
    equipment: withChanges(loaded.equipment, edited.equipment, current.equipment),
    availableDays: withChanges(loaded.availableDays, edited.availableDays, current.availableDays),
  };
}
