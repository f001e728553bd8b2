/** Interface text of the camera timing of strength holds (`features/strength/camera-hold-timer.tsx`). */
export const holdTimingEn = {
  holdTimer: {
    title: "Camera timer",
    intro:
      "The camera watches the hold and stops the clock when the position is lost. Everything happens on this device: nothing is recorded or sent.",
    placeAbductor:
      "Put the phone on the floor, upright, 2 to 3 m in front of you. Lie on your {{side}} side across the picture, head at one edge and feet at the other, then lift your top leg in line with your body and hold it.",
    placeBridge:
      "Put the phone on the floor, upright, 2 to 3 m in front of you. Lie on your {{side}} side across the picture, on your forearm, then raise your hips until your body is straight from shoulders to feet, and hold.",
    sideLeft: "left",
    sideRight: "right",
    start: "Turn the camera on",
    cancel: "Cancel",
    stop: "Stop the timer",
    again: "Time it again",
    loading: "Starting the camera and the pose model…",
    waiting: "Waiting for you to get into position…",
    holding: "Holding: {{s}} s",
    startCue: "Go! Hold the position.",
    endCue: "Stop. {{s}} seconds.",
    result: "Time held: {{s}} s",
    reason: "Ended because {{reason}}.",
    quality: "Quality of the hold: {{quality}}.",
    qualityNote:
      "Quality says how steady and well aligned the hold was, not how strong you are. Angles are measured to ± {{err}}°.",
    lastCue: "Spoken: {{text}}",
  },
  holdTimerPage: {
    title: "Try the camera timer",
    intro:
      "Try the camera timing of a strength hold before a check: choose the hold and the side, then get into position. Nothing is saved.",
    test: "Hold",
    side: "Side tested",
    sideHelpAbductor: "The top leg, the one you lift.",
    sideHelpBridge: "The side on the floor, whose forearm holds you up.",
    lastResult: "Last time: {{s}} s ({{reason}}; quality: {{quality}}).",
    cancelled: "Timer closed.",
    open: "Open the camera timer",
  },
};

export const holdTimingFr: typeof holdTimingEn = {
  holdTimer: {
    title: "Chronomètre par la caméra",
    intro:
      "La caméra suit le maintien et arrête le chronomètre quand la position est perdue. Tout se passe sur cet appareil\u00a0: rien n’est enregistré ni envoyé.",
    placeAbductor:
      "Posez le téléphone au sol, debout, à 2 ou 3 m devant vous. Allongez-vous sur le côté {{side}}, en travers de l’image, la tête d’un côté et les pieds de l’autre, puis levez la jambe du dessus dans l’axe du corps et tenez.",
    placeBridge:
      "Posez le téléphone au sol, debout, à 2 ou 3 m devant vous. Allongez-vous sur le côté {{side}}, en travers de l’image, en appui sur l’avant-bras, puis montez le bassin jusqu’à ce que le corps soit aligné des épaules aux pieds, et tenez.",
    sideLeft: "gauche",
    sideRight: "droit",
    start: "Allumer la caméra",
    cancel: "Annuler",
    stop: "Arrêter le chronomètre",
    again: "Chronométrer à nouveau",
    loading: "Démarrage de la caméra et du modèle de pose…",
    waiting: "En attente de votre mise en position…",
    holding: "Maintien\u00a0: {{s}} s",
    startCue: "C’est parti\u00a0! Tenez la position.",
    endCue: "Stop. {{s}} secondes.",
    result: "Temps tenu\u00a0: {{s}} s",
    reason: "Arrêt\u00a0: {{reason}}.",
    quality: "Qualité du maintien\u00a0: {{quality}}.",
    qualityNote:
      "La qualité dit si le maintien était stable et bien aligné, pas quelle est votre force. Les angles sont mesurés à ± {{err}}°.",
    lastCue: "Annoncé\u00a0: {{text}}",
  },
  holdTimerPage: {
    title: "Essayer le chronomètre par la caméra",
    intro:
      "Essayez le chronométrage d’un maintien par la caméra avant un test\u00a0: choisissez le maintien et le côté, puis mettez-vous en position. Rien n’est enregistré.",
    test: "Maintien",
    side: "Côté testé",
    sideHelpAbductor: "La jambe du dessus, celle que vous levez.",
    sideHelpBridge: "Le côté au sol, dont l’avant-bras vous porte.",
    lastResult: "Dernier temps\u00a0: {{s}} s ({{reason}}\u00a0; qualité\u00a0: {{quality}}).",
    cancelled: "Chronomètre fermé.",
    open: "Ouvrir le chronomètre par la caméra",
  },
};
