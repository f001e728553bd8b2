/** Pain in the knee right after a session, asked before the log is saved (docs/clinical §5.4, decision 0560). */
export const painAfterEn = {
  painAfter: {
    title: "Before you save",
    label: "Pain in the knee right now (0–10)",
    optional:
      "Optional. Up to 5/10 right after a session is acceptable; above it, the next session is lighter.",
    rate: "Rate the pain right now",
    unrate: "Leave it unrated",
    summary: "Pain in the knee right after the session: {{pain}}/10",
    cutTitle: "Your next session will be lighter",
    cutPending: "The program changes when the session reaches the server.",
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const painAfterFr: Widen<typeof painAfterEn> = {
  painAfter: {
    title: "Avant d’enregistrer",
    label: "Douleur au genou maintenant (0–10)",
    optional:
      "Facultatif. Jusqu’à 5/10 juste après une séance, c’est acceptable\u00a0; au-delà, la séance suivante est allégée.",
    rate: "Noter la douleur maintenant",
    unrate: "Ne pas la noter",
    summary: "Douleur au genou juste après la séance\u00a0: {{pain}}/10",
    cutTitle: "Votre prochaine séance sera allégée",
    cutPending: "Le programme change quand la séance arrive sur le serveur.",
  },
};
