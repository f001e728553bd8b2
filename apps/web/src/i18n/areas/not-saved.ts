/** Interface text of the entries the server refused at sync (`app/not-saved-list.tsx`, decision 0582). */
export const notSavedEn = {
  notSaved: {
    title: "Not saved",
    intro:
      "The server refused these entries, so they are kept on this device only. Correct them, send them again once the reason is fixed, or discard them.",
    entry: "{{what}} of {{date}}",
    kind: {
      "session-log": "Session",
      "check-in": "Morning check-in",
      pain: "Knee pain",
      psfs: "Activities you find hard",
      strength: "Strength check",
      "clinic-reading": "Clinic reading for a client",
    },
    reason: "Why: {{text}}",
    correct: "Correct it",
    sendAgain: "Send again",
    discard: "Discard",
    discardConfirm:
      "Discard this entry? It was never saved on the server, and it will be deleted from this device.",
    correcting: "You are correcting a strength check the server refused: {{text}}",
  },
};

export const notSavedFr: typeof notSavedEn = {
  notSaved: {
    title: "Non enregistré",
    intro:
      "Le serveur a refusé ces saisies\u00a0: elles ne sont gardées que sur cet appareil. Corrigez-les, renvoyez-les une fois la cause réglée, ou supprimez-les.",
    entry: "{{what}} du {{date}}",
    kind: {
      "session-log": "Séance",
      "check-in": "Bilan du matin",
      pain: "Douleur au genou",
      psfs: "Activités difficiles pour vous",
      strength: "Test de force",
      "clinic-reading": "Mesure au cabinet pour un patient",
    },
    reason: "Motif\u00a0: {{text}}",
    correct: "Corriger",
    sendAgain: "Renvoyer",
    discard: "Supprimer",
    discardConfirm:
      "Supprimer cette saisie\u00a0? Elle n’a jamais été enregistrée sur le serveur, et elle sera effacée de cet appareil.",
    correcting: "Vous corrigez un test de force refusé par le serveur\u00a0: {{text}}",
  },
};
