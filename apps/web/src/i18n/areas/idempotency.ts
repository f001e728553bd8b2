/** The session player's notes on a draft changed in another tab (decision 0612) and a check-in not sent yet (0611). */
export const idempotencyEn = {
  otherTab: {
    notice:
      "This session was just changed in another tab or window. Continue from there to keep the sets logged in it; if you carry on here, what you log here replaces them.",
    adopt: "Continue from the other tab",
  },
  waitingCheckIn: {
    title: "Your next-morning check-in is not sent yet",
    body: "Your check-in of {{date}} is still on this device: today's plan will be updated once it reaches the server, when you are back online.",
    reason: "What the rules will act on: {{reason}}",
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const idempotencyFr: Widen<typeof idempotencyEn> = {
  otherTab: {
    notice:
      "Cette séance vient d'être modifiée dans un autre onglet ou une autre fenêtre. Reprenez-la là où elle en est pour garder les séries qui y sont notées ; si vous continuez ici, ce que vous notez ici les remplace.",
    adopt: "Reprendre depuis l'autre onglet",
  },
  waitingCheckIn: {
    title: "Votre point du lendemain matin n'est pas encore envoyé",
    body: "Votre point du {{date}} est encore sur cet appareil : le plan du jour sera mis à jour quand il arrivera sur le serveur, une fois de nouveau en ligne.",
    reason: "Ce dont les règles tiendront compte : {{reason}}",
  },
};
