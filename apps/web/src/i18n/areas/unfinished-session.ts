/**
 * Another session left part way on the device, met when a session starts
 * (`features/session/unfinished-session-card.tsx`, 0780), or being worked in another tab (0891).
 */
export const unfinishedSessionEn = {
  unfinishedSession: {
    title: "Another session is not finished",
    body_one:
      "Your session of {{day}} was left part way, with {{count}} exercise logged, and is not saved yet: the program adjusts only to what is saved.",
    body_other:
      "Your session of {{day}} was left part way, with {{count}} exercises logged, and is not saved yet: the program adjusts only to what is saved.",
    resume: "Go back to it",
    save: "Save what I did, then start this one",
    saving: "Saving…",
    leave: "Start this one without keeping it",
    leaveNote: "What you logged in it would not be kept.",
    saved: "What you did in the session of {{day}} is saved.",
    inAnotherTab: "Your session of {{day}} is open in another tab: carry on with it there, its work is kept.",
  },
};

export const unfinishedSessionFr: typeof unfinishedSessionEn = {
  unfinishedSession: {
    title: "Une autre séance n’est pas terminée",
    body_one:
      "Votre séance du {{day}} est restée en cours, avec {{count}} exercice noté, et n’est pas encore enregistrée\u00a0: le programme ne s’adapte qu’à ce qui est enregistré.",
    body_other:
      "Votre séance du {{day}} est restée en cours, avec {{count}} exercices notés, et n’est pas encore enregistrée\u00a0: le programme ne s’adapte qu’à ce qui est enregistré.",
    resume: "Y retourner",
    save: "Enregistrer ce que j’ai fait, puis commencer celle-ci",
    saving: "Enregistrement…",
    leave: "Commencer celle-ci sans la garder",
    leaveNote: "Ce que vous y avez noté ne serait pas conservé.",
    saved: "Ce que vous avez fait pendant la séance du {{day}} est enregistré.",
    inAnotherTab:
      "Votre séance du {{day}} est ouverte dans un autre onglet\u00a0: continuez-la là-bas, son travail y est gardé.",
  },
};
