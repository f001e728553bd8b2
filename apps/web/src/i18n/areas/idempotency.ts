/**
 * The session player's note on a session followed from another tab (decisions 0612, 0720), and a check-in not
 * sent yet on Today, the program page and the player (0611, 0681).
 */
export const idempotencyEn = {
  otherTab: {
    notice:
      "This session is also open in another tab or window: this page follows it, so both show the same session and it is saved once.",
  },
  waitingCheckIn: {
    title: "Your next-morning check-in is not sent yet",
    body: "Your check-in of {{date}} is still on this device: today's plan will be updated once it reaches the server, when you are back online.",
    reason: "What the rules will act on: {{reason}}",
    unknown:
      "This morning's pain, {{pain}}/10, is above the safe band (0 to 2), and the mornings before it are not on this device: it cannot tell whether this is a sharp rise in pain, for which the rules stop the exercises until the warning-sign questions are answered again.",
    held: "No session starts until the server has answered this check-in.",
    awaitingServer:
      "Your next-morning check-in has reached the server: no session starts until today's updated plan has come back from it.",
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const idempotencyFr: Widen<typeof idempotencyEn> = {
  otherTab: {
    notice:
      "Cette séance est aussi ouverte dans un autre onglet ou une autre fenêtre\u00a0: cette page la suit, les deux montrent donc la même séance et elle n’est enregistrée qu’une fois.",
  },
  waitingCheckIn: {
    title: "Votre point du lendemain matin n’est pas encore envoyé",
    body: "Votre point du {{date}} est encore sur cet appareil\u00a0: le plan du jour sera mis à jour quand il arrivera sur le serveur, une fois de nouveau en ligne.",
    reason: "Ce dont les règles tiendront compte\u00a0: {{reason}}",
    unknown:
      "La douleur de ce matin, {{pain}}/10, dépasse la zone sans risque (0 à 2), et les matins précédents ne sont pas sur cet appareil\u00a0: il ne peut pas savoir s’il s’agit d’une forte hausse de la douleur, pour laquelle les règles arrêtent les exercices jusqu’à ce que les questions sur les signes d’alerte aient de nouveau une réponse.",
    held: "Aucune séance ne démarre avant que le serveur ait répondu à ce point.",
    awaitingServer:
      "Votre point du lendemain matin est arrivé sur le serveur\u00a0: aucune séance ne démarre avant que le plan du jour mis à jour en soit revenu.",
  },
};
