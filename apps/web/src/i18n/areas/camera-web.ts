/**
 * Interface text of a video file analysed on the movement screen (`features/movement-screen/video-file-panel.tsx`)
 * and of the form check's picture checks (`features/session/form-check-panel.tsx`).
 */
export const cameraWebEn = {
  cameraWeb: {
    videoTitle: "Or analyse a video",
    videoIntro:
      "Choose a video from this device (your gallery or camera roll), filmed as the advice above says. It is analysed on this device and never sent: only the results are saved, and only if you choose to.",
    chooseVideo: "Choose a video",
    videoLoading: "Opening the video and loading the pose model…",
    videoProgress: "Analysing the video: {{done}} of {{total}} pictures",
    videoSkeleton: "Your pose as the screen reads it in the video",
    cancel: "Cancel",
    videoCancelled: "Analysis cancelled. Nothing was saved.",
    notAVideo:
      "This file is not a video. Choose a video (for example .mp4 or .mov) from your gallery or camera roll. Nothing was saved.",
    cannotDecode:
      "This browser cannot read this video: its format is not supported or the file is damaged. Nothing was saved. Try another video, or film the test with the live camera.",
    analysisFailed:
      "The video could not be analysed on this device. Nothing was saved. Try again, or film the test with the live camera.",
    videoReport: "Report of {{name}}",
    videoStopped: "The video could not be read past {{s}} s: the part before that was analysed.",
    videoCut: "Only the first {{s}} s of the video were analysed.",
    formCheckNotWatching: "Live checks paused: nothing is judged until this is fixed. {{reason}}",
  },
};

export const cameraWebFr: typeof cameraWebEn = {
  cameraWeb: {
    videoTitle: "Ou analyser une vidéo",
    videoIntro:
      "Choisissez une vidéo de cet appareil (galerie ou pellicule), filmée comme indiqué ci-dessus. Elle est analysée sur cet appareil et n’est jamais envoyée\u00a0: seuls les résultats sont enregistrés, et seulement si vous le décidez.",
    chooseVideo: "Choisir une vidéo",
    videoLoading: "Ouverture de la vidéo et chargement du modèle de posture…",
    videoProgress: "Analyse de la vidéo\u00a0: image {{done}} sur {{total}}",
    videoSkeleton: "Votre posture telle que l’écran la lit dans la vidéo",
    cancel: "Annuler",
    videoCancelled: "Analyse annulée. Rien n’a été enregistré.",
    notAVideo:
      "Ce fichier n’est pas une vidéo. Choisissez une vidéo (par exemple .mp4 ou .mov) dans votre galerie ou votre pellicule. Rien n’a été enregistré.",
    cannotDecode:
      "Ce navigateur ne peut pas lire cette vidéo\u00a0: son format n’est pas pris en charge ou le fichier est endommagé. Rien n’a été enregistré. Essayez une autre vidéo, ou filmez le test avec la caméra en direct.",
    analysisFailed:
      "La vidéo n’a pas pu être analysée sur cet appareil. Rien n’a été enregistré. Réessayez, ou filmez le test avec la caméra en direct.",
    videoReport: "Bilan\u00a0: {{name}}",
    videoStopped:
      "La vidéo n’a pas pu être lue au-delà de {{s}} s\u00a0: la partie précédente a été analysée.",
    videoCut: "Seules les {{s}} premières secondes de la vidéo ont été analysées.",
    formCheckNotWatching:
      "Contrôles en direct en pause\u00a0: rien n’est évalué tant que ce n’est pas corrigé. {{reason}}",
  },
};
