/**
 * A planned session saved before its end (core's `sessionStatuses`, decision 0810): "partly done" wherever a
 * session's status is shown, and not counted as done in adherence.
 */
export const sessionStatusEn = {
  sessionStatus: {
    partlyDone: "Partly done",
    partlyDoneWhy: "Saved before the end, so it does not count as done. You can still do it.",
    weekPartlyDone_one: "{{count}} more saved part way, not counted as done.",
    weekPartlyDone_other: "{{count}} more saved part way, not counted as done.",
    chartPartlyDone: "Partly done",
    chartWeekPartlyDone_one: "({{count}} partly done)",
    chartWeekPartlyDone_other: "({{count}} partly done)",
    finished: "Finished",
  },
};

export const sessionStatusFr: typeof sessionStatusEn = {
  sessionStatus: {
    partlyDone: "Faite en partie",
    partlyDoneWhy:
      "Enregistrée avant la fin, elle ne compte donc pas comme faite. Vous pouvez encore la faire.",
    weekPartlyDone_one: "{{count}} autre enregistrée en cours de route, non comptée comme faite.",
    weekPartlyDone_other: "{{count}} autres enregistrées en cours de route, non comptées comme faites.",
    chartPartlyDone: "Faites en partie",
    chartWeekPartlyDone_one: "({{count}} faite en partie)",
    chartWeekPartlyDone_other: "({{count}} faites en partie)",
    finished: "Terminée",
  },
};
