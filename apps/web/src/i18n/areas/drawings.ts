/** The drawings and the follow-along pace: the second view, cues at their moment, changing sides, speech. */
export const drawingsEn = {
  drawings: {
    switchTime: "Take about {{s}} s to change sides, then carry on.",
    secondViewFront: "Seen from the front",
    secondViewTop: "Seen from above",
    secondViewFeet: "Seen from the feet",
    secondViewHead: "Seen from the head",
    secondViewCaption: "{{view}}: {{cue}}",
    momentStart: "Set up",
    momentTop: "Into the movement and at its end",
    momentReturn: "On the way back",
    paceRise: "Come back up",
    paceTempoLowerFirst: "{{up}} s to lower, {{hold}} s held, {{down}} s to come back up",
    speechStopped:
      "The spoken counts stopped while the screen was off or another app was open: browsers silence a hidden page. Keep the screen on during the set (leave this page open; it keeps the screen awake where the browser allows) and the counts carry on.",
    speechNoLock:
      "This browser cannot keep the screen on: if the screen locks, the spoken counts stop. Touch the screen now and then, or lengthen the time before it locks in the phone's settings.",
    speechUnavailable:
      "This browser has no voice to speak the counts: choose the beat, or follow the count on screen.",
  },
} as const;

/** The same keys as the English, each a string. */
type DrawingsMessages = { readonly drawings: Record<keyof typeof drawingsEn.drawings, string> };

export const drawingsFr: DrawingsMessages = {
  drawings: {
    switchTime: "Prenez environ {{s}} s pour changer de côté, puis continuez.",
    secondViewFront: "Vu de face",
    secondViewTop: "Vu de dessus",
    secondViewFeet: "Vu depuis les pieds",
    secondViewHead: "Vu depuis la tête",
    secondViewCaption: "{{view}}. {{cue}}",
    momentStart: "Mise en place",
    momentTop: "Pendant le mouvement et en fin de mouvement",
    momentReturn: "Au retour",
    paceRise: "Remontez",
    paceTempoLowerFirst: "{{up}} s pour descendre, {{hold}} s de maintien, {{down}} s pour remonter",
    speechStopped:
      "Le comptage à voix haute s’est arrêté pendant que l’écran était éteint ou qu’une autre application était ouverte\u00a0: les navigateurs coupent le son d’une page masquée. Gardez l’écran allumé pendant la série (laissez cette page ouverte\u00a0; elle empêche la mise en veille quand le navigateur le permet) et le comptage continue.",
    speechNoLock:
      "Ce navigateur ne peut pas garder l’écran allumé\u00a0: si l’écran se verrouille, le comptage à voix haute s’arrête. Touchez l’écran de temps en temps, ou allongez le délai de verrouillage dans les réglages du téléphone.",
    speechUnavailable:
      "Ce navigateur n’a pas de voix pour compter\u00a0: choisissez le bip, ou suivez le compte à l’écran.",
  },
};
