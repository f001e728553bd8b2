/**
 * Interface text of a hold timed from a video the person filmed (`features/strength/hold-video-panel.tsx`) and of the
 * day a strength check was done (`features/strength/strength-page.tsx`).
 */
export const holdVideoEn = {
  holdVideo: {
    intro:
      "Or film the hold with your phone's camera app, set up as above, then choose the video here: it is timed on this device and never sent.",
    choose: "Choose a video of the hold",
    notTimed: "This video could not be timed:",
    fromTo: "Held from {{start}} s to {{end}} s into the video.",
    stopped:
      "The video is damaged or cut short: it could be read up to {{s}} s, and only that part was timed.",
    cut: "Only the first {{s}} s of the video were timed.",
  },
  strengthDay: {
    label: "Day of the check",
    help: "Today, or the day you filmed or timed it.",
  },
};

export const holdVideoFr: typeof holdVideoEn = {
  holdVideo: {
    intro:
      "Ou filmez le maintien avec l’appareil photo du téléphone, installé comme ci-dessus, puis choisissez la vidéo ici\u00a0: elle est chronométrée sur cet appareil et n’est jamais envoyée.",
    choose: "Choisir une vidéo du maintien",
    notTimed: "Cette vidéo n’a pas pu être chronométrée\u00a0:",
    fromTo: "Maintien de {{start}} s à {{end}} s de la vidéo.",
    stopped:
      "La vidéo est endommagée ou coupée\u00a0: elle a pu être lue jusqu’à {{s}} s, et seule cette partie a été chronométrée.",
    cut: "Seules les {{s}} premières secondes de la vidéo ont été chronométrées.",
  },
  strengthDay: {
    label: "Jour du test",
    help: "Aujourd’hui, ou le jour où vous l’avez filmé ou chronométré.",
  },
};
