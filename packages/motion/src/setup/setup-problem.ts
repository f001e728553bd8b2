import type { CameraView } from "../geometry/angles.js";
import type { Localized } from "../shared/localized.js";
import type { JointName } from "../skeleton/joints.js";

export type SetupProblemCode =
  | "no-frames"
  | "no-person"
  | "someone-else"
  | "missing-joints"
  | "low-light"
  | "lying-down"
  | "seated"
  | "kneeling"
  | "foot-raised"
  | "legs-cut-off"
  | "too-dark"
  | "upside-down"
  | "not-standing"
  | "sitting-on-floor"
  | "not-on-floor"
  | "floor-view-weak"
  | "not-facing-camera"
  | "turned-from-camera"
  | "view-mismatch"
  | "too-far"
  | "too-close"
  | "body-cut-off"
  | "side-needed"
  | "still-image"
  | "no-reps";

/** "blocking" problems stop scoring; "warning" ones are shown with the scores. */
export type SetupProblem = {
  readonly code: SetupProblemCode;
  readonly severity: "blocking" | "warning";
  readonly message: Localized;
  /** Joints concerned (the missing ones for "missing-joints"), else empty. */
  readonly joints: readonly JointName[];
};

/**
 * What was analysed: a single photo, or a video (a file, or the live camera's pictures). A reason says what to do
 * again: take the photo again, or record again.
 */
export type PictureSource = "photo" | "video";

/** The setup problems' words for a video seen from the front: the live camera, a chosen video. */
export const SETUP_MESSAGES: Readonly<Record<SetupProblemCode, Localized>> = {
  "no-frames": {
    en: "No picture to analyse: record the movement again.",
    fr: "Aucune image à analyser\u00a0: filmez à nouveau le mouvement.",
  },
  "no-person": {
    en: "No person was found in the picture: stand in front of the camera, whole body in view, in good light, and record again.",
    fr: "Aucune personne n’a été trouvée sur l’image\u00a0: placez-vous devant la caméra, le corps entier dans le cadre, avec un bon éclairage, et filmez à nouveau.",
  },
  "someone-else": {
    en: "Someone else is in the picture, in front of or behind the person being screened: film with only that person in view, so the knees measured are theirs.",
    fr: "Quelqu’un d’autre est dans l’image, devant ou derrière la personne évaluée\u00a0: filmez-la seule dans le cadre, pour que les genoux mesurés soient bien les siens.",
  },
  "missing-joints": {
    en: "Some joints could not be seen in most pictures: keep the whole body, feet included, inside the frame.",
    fr: "Certaines articulations n’étaient pas visibles sur la plupart des images\u00a0: gardez tout le corps, pieds compris, dans le cadre.",
  },
  "low-light": {
    en: "The body is hard to make out: add light, avoid a bright window behind you, and wear clothes that contrast with the background.",
    fr: "Le corps est difficile à distinguer\u00a0: ajoutez de la lumière, évitez une fenêtre lumineuse derrière vous et portez des vêtements qui contrastent avec le fond.",
  },
  "lying-down": {
    en: "The person seems to be lying down: this test is done standing, so it was not scored. Stand up, feet hip-width apart, and record again.",
    fr: "La personne semble allongée\u00a0: ce test se fait debout, il n’a donc pas été évalué. Levez-vous, pieds écartés de la largeur du bassin, et filmez à nouveau.",
  },
  seated: {
    en: "The person seems to be sitting (knees level with the hips through most of the recording): this test is done standing, so it was not scored. Stand up, feet hip-width apart, and record again.",
    fr: "La personne semble assise (genoux à hauteur des hanches pendant la plus grande partie de l’enregistrement)\u00a0: ce test se fait debout, il n’a donc pas été évalué. Levez-vous, pieds écartés de la largeur du bassin, et filmez à nouveau.",
  },
  kneeling: {
    en: "The person seems to be kneeling (a knee on the floor): this test is done standing, so it was not scored. Stand up, feet hip-width apart, and record again.",
    fr: "La personne semble à genoux (un genou au sol)\u00a0: ce test se fait debout, il n’a donc pas été évalué. Levez-vous, pieds écartés de la largeur du bassin, et filmez à nouveau.",
  },
  "foot-raised": {
    en: "One foot seems to be off the floor through most of the recording: this test is a squat on both feet, so it was not scored. Stand on both feet, hip-width apart, and record again.",
    fr: "Un pied semble décollé du sol pendant la plus grande partie de l’enregistrement\u00a0: ce test est un squat sur les deux pieds, il n’a donc pas été évalué. Tenez-vous sur les deux pieds, écartés de la largeur du bassin, et filmez à nouveau.",
  },
  "legs-cut-off": {
    en: "The legs are cut off by the bottom of the picture, so the knees cannot be measured: tilt the camera down or move it back until the feet are in view, with a little floor below them.",
    fr: "Les jambes sont coupées par le bas de l’image, les genoux ne peuvent donc pas être mesurés\u00a0: inclinez la caméra vers le bas ou reculez-la jusqu’à voir les pieds, avec un peu de sol en dessous.",
  },
  "too-dark": {
    en: "The picture is too dark to place the joints reliably, so it was not scored: turn on a light or face a window (not with the window behind you) and record again.",
    fr: "L’image est trop sombre pour placer les articulations de façon fiable, elle n’a donc pas été évaluée\u00a0: allumez une lumière ou placez-vous face à une fenêtre (pas dos à elle) et filmez à nouveau.",
  },
  "upside-down": {
    en: "The body appears upside down: this test is done standing on the feet, so it was not scored. If the video is upside down, turn it the right way up (or hold the phone upright); otherwise stand up, feet hip-width apart, and record again.",
    fr: "Le corps apparaît à l’envers\u00a0: ce test se fait debout sur les pieds, il n’a donc pas été évalué. Si la vidéo est à l’envers, remettez-la à l’endroit (ou tenez le téléphone droit)\u00a0; sinon levez-vous, pieds écartés de la largeur du bassin, et filmez à nouveau.",
  },
  "not-standing": {
    en: "The person does not seem to be standing upright: the trunk looks bent over, lying or upside down, pointing toward or away from the camera, so the test was not scored. This test is done standing: stand up straight, feet hip-width apart, facing the camera, and record again.",
    fr: "La personne ne semble pas debout\u00a0: le tronc paraît penché, allongé ou à l’envers, dirigé vers la caméra ou à l’opposé, le test n’a donc pas été évalué. Ce test se fait debout\u00a0: tenez-vous droit, pieds écartés de la largeur du bassin, face à la caméra, et filmez à nouveau.",
  },
  "sitting-on-floor": {
    en: "The person seems to be sitting on the floor: this test is done standing, so it was not scored. Stand up, feet hip-width apart, and record again.",
    fr: "La personne semble assise par terre\u00a0: ce test se fait debout, il n’a donc pas été évalué. Levez-vous, pieds écartés de la largeur du bassin, et filmez à nouveau.",
  },
  "not-on-floor": {
    en: "This exercise is done lying on the floor, but the person appears to be standing.",
    fr: "Cet exercice se fait allongé au sol, mais la personne semble debout.",
  },
  "floor-view-weak": {
    en: "Pose detection is less reliable lying down: repetition counts and angles for floor exercises are estimates.",
    fr: "La détection de la posture est moins fiable en position allongée\u00a0: pour les exercices au sol, le nombre de répétitions et les angles sont des estimations.",
  },
  "not-facing-camera": {
    en: "The person is turned sideways to the camera: seen from the side, the knees' sideways angle cannot be measured, so it was not scored. Turn to face the camera squarely, toes pointing at it, and record again.",
    fr: "La personne est de profil par rapport à la caméra\u00a0: vu de côté, l’angle latéral des genoux ne peut pas être mesuré, le test n’a donc pas été évalué. Placez-vous bien face à la caméra, orteils pointés vers elle, et filmez à nouveau.",
  },
  "turned-from-camera": {
    en: "The body is turned away from the camera: the knees' forward bend then looks like a sideways one, so knee, pelvis and trunk angles were not measured (repetitions were counted). Face the camera squarely, toes pointing at it, and record again.",
    fr: "Le corps est tourné par rapport à la caméra\u00a0: la flexion des genoux vers l’avant paraît alors latérale, donc les angles du genou, du bassin et du tronc n’ont pas été mesurés (les répétitions ont été comptées). Placez-vous bien face à la caméra, orteils pointés vers elle, et filmez à nouveau.",
  },
  "view-mismatch": {
    en: "Left and right look swapped: either the person faces away from the camera or the picture is mirrored. Choose the back view, or turn mirroring off.",
    fr: "Gauche et droite semblent inversées\u00a0: soit la personne tourne le dos à la caméra, soit l’image est en miroir. Choisissez la vue de dos ou désactivez le miroir.",
  },
  "too-far": {
    en: "The person is small in the picture: move the camera closer so the body fills most of the frame height.",
    fr: "La personne est petite sur l’image\u00a0: rapprochez la caméra pour que le corps occupe la plus grande partie de la hauteur.",
  },
  "too-close": {
    en: "The person is too close: move the camera back so there is some space above the head and below the feet.",
    fr: "La personne est trop près\u00a0: reculez la caméra pour laisser un peu d’espace au-dessus de la tête et sous les pieds.",
  },
  "body-cut-off": {
    en: "Part of the body touches the edge of the picture: step back or move to the centre.",
    fr: "Une partie du corps touche le bord de l’image\u00a0: reculez ou placez-vous au centre.",
  },
  "side-needed": {
    en: "Say which leg is the standing leg (left or right) for this one-leg test.",
    fr: "Indiquez la jambe d’appui (gauche ou droite) pour ce test sur une jambe.",
  },
  "still-image": {
    en: "Measured on too few pictures to count repetitions: no repetitions were counted, and so few pictures may miss the deepest point.",
    fr: "Mesure faite sur trop peu d’images pour compter les répétitions\u00a0: aucune répétition n’a été comptée, et si peu d’images peuvent manquer le point le plus bas.",
  },
  "no-reps": {
    en: "No complete repetition was found: do the movement a few times at a steady pace, fully in view.",
    fr: "Aucune répétition complète n’a été trouvée\u00a0: faites le mouvement plusieurs fois à un rythme régulier, entièrement dans le cadre.",
  },
};

const STAND_UP_FOR_A_PHOTO: Localized = {
  en: "Stand up, feet hip-width apart, and take the photo again.",
  fr: "Levez-vous, pieds écartés de la largeur du bassin, et reprenez la photo.",
};

/** The same reasons for a single photo: what is wrong in it, and to take it again. */
export const PHOTO_SETUP_MESSAGES: Readonly<Record<SetupProblemCode, Localized>> = {
  "no-frames": {
    en: "The photo could not be read: take it again, or choose another photo.",
    fr: "La photo n’a pas pu être lue\u00a0: reprenez-la, ou choisissez-en une autre.",
  },
  "no-person": {
    en: "No person was found in the photo: stand in front of the camera, whole body in view, in good light, and take the photo again.",
    fr: "Aucune personne n’a été trouvée sur la photo\u00a0: placez-vous devant l’appareil, le corps entier dans le cadre, avec un bon éclairage, et reprenez la photo.",
  },
  "someone-else": {
    en: "Someone else is in the photo, in front of or behind the person being screened: take it with only that person in view, so the knees measured are theirs.",
    fr: "Quelqu’un d’autre est sur la photo, devant ou derrière la personne évaluée\u00a0: reprenez-la avec cette personne seule dans le cadre, pour que les genoux mesurés soient bien les siens.",
  },
  "missing-joints": {
    en: "Some joints could not be seen in the photo: keep the whole body, feet included, inside the frame and take the photo again.",
    fr: "Certaines articulations n’étaient pas visibles sur la photo\u00a0: gardez tout le corps, pieds compris, dans le cadre et reprenez la photo.",
  },
  "low-light": {
    en: "The body is hard to make out in the photo: add light, avoid a bright window behind you, and wear clothes that contrast with the background.",
    fr: "Le corps est difficile à distinguer sur la photo\u00a0: ajoutez de la lumière, évitez une fenêtre lumineuse derrière vous et portez des vêtements qui contrastent avec le fond.",
  },
  "lying-down": {
    en: `The person seems to be lying down: this test is done standing, so it was not scored. ${STAND_UP_FOR_A_PHOTO.en}`,
    fr: `La personne semble allongée\u00a0: ce test se fait debout, il n’a donc pas été évalué. ${STAND_UP_FOR_A_PHOTO.fr}`,
  },
  seated: {
    en: `The person seems to be sitting (knees level with the hips): this test is done standing, so it was not scored. ${STAND_UP_FOR_A_PHOTO.en}`,
    fr: `La personne semble assise (genoux à hauteur des hanches)\u00a0: ce test se fait debout, il n’a donc pas été évalué. ${STAND_UP_FOR_A_PHOTO.fr}`,
  },
  kneeling: {
    en: `The person seems to be kneeling (a knee on the floor): this test is done standing, so it was not scored. ${STAND_UP_FOR_A_PHOTO.en}`,
    fr: `La personne semble à genoux (un genou au sol)\u00a0: ce test se fait debout, il n’a donc pas été évalué. ${STAND_UP_FOR_A_PHOTO.fr}`,
  },
  "foot-raised": {
    en: "One foot seems to be off the floor: this test is a squat on both feet, so the photo was not scored. Stand on both feet, hip-width apart, and take the photo again.",
    fr: "Un pied semble décollé du sol\u00a0: ce test est un squat sur les deux pieds, la photo n’a donc pas été évaluée. Tenez-vous sur les deux pieds, écartés de la largeur du bassin, et reprenez la photo.",
  },
  "legs-cut-off": {
    en: "The legs are cut off by the bottom of the photo, so the knees cannot be measured: tilt the camera down or move it back until the feet are in view, with a little floor below them, and take the photo again.",
    fr: "Les jambes sont coupées par le bas de la photo, les genoux ne peuvent donc pas être mesurés\u00a0: inclinez l’appareil vers le bas ou reculez-le jusqu’à voir les pieds, avec un peu de sol en dessous, et reprenez la photo.",
  },
  "too-dark": {
    en: "The photo is too dark to place the joints reliably, so it was not scored: turn on a light or face a window (not with the window behind you) and take the photo again.",
    fr: "La photo est trop sombre pour placer les articulations de façon fiable, elle n’a donc pas été évaluée\u00a0: allumez une lumière ou placez-vous face à une fenêtre (pas dos à elle) et reprenez la photo.",
  },
  "upside-down": {
    en: "The body appears upside down: this test is done standing on the feet, so the photo was not scored. If the photo is upside down, turn it the right way up; otherwise stand up, feet hip-width apart, and take the photo again.",
    fr: "Le corps apparaît à l’envers\u00a0: ce test se fait debout sur les pieds, la photo n’a donc pas été évaluée. Si la photo est à l’envers, remettez-la à l’endroit\u00a0; sinon levez-vous, pieds écartés de la largeur du bassin, et reprenez la photo.",
  },
  "not-standing": {
    en: "The person does not seem to be standing upright: the trunk looks bent over, lying or upside down, pointing toward or away from the camera, so the photo was not scored. This test is done standing: stand up straight, feet hip-width apart, facing the camera, and take the photo again.",
    fr: "La personne ne semble pas debout\u00a0: le tronc paraît penché, allongé ou à l’envers, dirigé vers l’appareil ou à l’opposé, la photo n’a donc pas été évaluée. Ce test se fait debout\u00a0: tenez-vous droit, pieds écartés de la largeur du bassin, face à l’appareil, et reprenez la photo.",
  },
  "sitting-on-floor": {
    en: `The person seems to be sitting on the floor: this test is done standing, so it was not scored. ${STAND_UP_FOR_A_PHOTO.en}`,
    fr: `La personne semble assise par terre\u00a0: ce test se fait debout, il n’a donc pas été évalué. ${STAND_UP_FOR_A_PHOTO.fr}`,
  },
  "not-on-floor": {
    en: "This exercise is done lying on the floor, but the person in the photo appears to be standing.",
    fr: "Cet exercice se fait allongé au sol, mais la personne sur la photo semble debout.",
  },
  "floor-view-weak": {
    en: "Pose detection is less reliable lying down: angles read from a photo of a floor exercise are estimates.",
    fr: "La détection de la posture est moins fiable en position allongée\u00a0: les angles lus sur la photo d’un exercice au sol sont des estimations.",
  },
  "not-facing-camera": {
    en: "The person is turned sideways to the camera: seen from the side, the knees' sideways angle cannot be measured, so it was not scored. Turn to face the camera squarely, toes pointing at it, and take the photo again.",
    fr: "La personne est de profil par rapport à l’appareil\u00a0: vu de côté, l’angle latéral des genoux ne peut pas être mesuré, la photo n’a donc pas été évaluée. Placez-vous bien face à l’appareil, orteils pointés vers lui, et reprenez la photo.",
  },
  "turned-from-camera": {
    en: "The body is turned away from the camera: the knees' forward bend then looks like a sideways one (one knee seems to bend inward, the other outward), so the photo was not scored. Face the camera squarely, toes pointing at it, and take the photo again.",
    fr: "Le corps est tourné par rapport à l’appareil\u00a0: la flexion des genoux vers l’avant paraît alors latérale (un genou semble rentrer, l’autre sortir), la photo n’a donc pas été évaluée. Placez-vous bien face à l’appareil, orteils pointés vers lui, et reprenez la photo.",
  },
  "view-mismatch": {
    en: "Left and right look swapped: either the person faces away from the camera or the photo is mirrored. Choose the back view, or turn mirroring off and take the photo again.",
    fr: "Gauche et droite semblent inversées\u00a0: soit la personne tourne le dos à l’appareil, soit la photo est en miroir. Choisissez la vue de dos, ou désactivez le miroir et reprenez la photo.",
  },
  "too-far": {
    en: "The person is small in the photo: move the camera closer so the body fills most of the photo's height.",
    fr: "La personne est petite sur la photo\u00a0: rapprochez l’appareil pour que le corps occupe la plus grande partie de la hauteur de la photo.",
  },
  "too-close": {
    en: "The person is too close: move the camera back so the photo shows some space above the head and below the feet.",
    fr: "La personne est trop près\u00a0: reculez l’appareil pour que la photo montre un peu d’espace au-dessus de la tête et sous les pieds.",
  },
  "body-cut-off": {
    en: "Part of the body touches the edge of the photo: step back or move to the centre.",
    fr: "Une partie du corps touche le bord de la photo\u00a0: reculez ou placez-vous au centre.",
  },
  "side-needed": SETUP_MESSAGES["side-needed"],
  "still-image": {
    en: "Measured on a single photo: no repetitions were counted, and one photo may miss the deepest point.",
    fr: "Mesure faite sur une seule photo\u00a0: aucune répétition n’a été comptée, et une photo peut manquer le point le plus bas.",
  },
  "no-reps": {
    en: "A single photo shows no repetition: to have repetitions counted, film the movement instead.",
    fr: "Une seule photo ne montre aucune répétition\u00a0: pour faire compter les répétitions, filmez plutôt le mouvement.",
  },
};

/**
 * With the back view chosen, a person turned sideways turns their back to the camera, not their face: the side-on
 * reason says so (decision 0640).
 */
const SIDE_ON_BACK_VIEW: Readonly<Record<PictureSource, Localized>> = {
  video: {
    en: "The person is turned sideways to the camera: seen from the side, the knees' sideways angle cannot be measured, so it was not scored. The back view was chosen: turn your back squarely to the camera, toes pointing away from it, and record again.",
    fr: "La personne est de profil par rapport à la caméra\u00a0: vu de côté, l’angle latéral des genoux ne peut pas être mesuré, le test n’a donc pas été évalué. La vue de dos a été choisie\u00a0: tournez bien le dos à la caméra, orteils pointés à l’opposé, et filmez à nouveau.",
  },
  photo: {
    en: "The person is turned sideways to the camera: seen from the side, the knees' sideways angle cannot be measured, so it was not scored. The back view was chosen: turn your back squarely to the camera, toes pointing away from it, and take the photo again.",
    fr: "La personne est de profil par rapport à l’appareil\u00a0: vu de côté, l’angle latéral des genoux ne peut pas être mesuré, la photo n’a donc pas été évaluée. La vue de dos a été choisie\u00a0: tournez bien le dos à l’appareil, orteils pointés à l’opposé, et reprenez la photo.",
  },
};

/** What a reason's words depend on: a photo or a video, and the camera's side of the person. */
export type SetupWording = { readonly source: PictureSource; readonly view: CameraView };

const VIDEO_FROM_THE_FRONT: SetupWording = { source: "video", view: "front" };

/** A setup problem's words for what was analysed and the view chosen, in English and French. */
export function setupMessage(code: SetupProblemCode, wording: SetupWording): Localized {
  if (code === "not-facing-camera" && wording.view === "back") return SIDE_ON_BACK_VIEW[wording.source];
  return (wording.source === "photo" ? PHOTO_SETUP_MESSAGES : SETUP_MESSAGES)[code];
}

export function setupProblem(
  code: SetupProblemCode,
  severity: SetupProblem["severity"],
  joints: readonly JointName[] = [],
  wording: SetupWording = VIDEO_FROM_THE_FRONT,
): SetupProblem {
  return { code, severity, message: setupMessage(code, wording), joints };
}

/** Guidance shown before a screen (camera placement and light). */
export const SETUP_GUIDANCE: readonly Localized[] = [
  {
    en: "Put the camera at hip height, about 3 m away, so your whole body, head to feet, is in the picture.",
    fr: "Placez la caméra à hauteur de hanches, à environ 3 m, pour que tout le corps, de la tête aux pieds, soit dans l’image.",
  },
  {
    en: "Face the camera squarely, with nothing in front of your legs.",
    fr: "Placez-vous bien face à la caméra, sans rien devant les jambes.",
  },
  {
    en: "Use good, even light and avoid a bright window behind you.",
    fr: "Utilisez une lumière bonne et uniforme et évitez une fenêtre lumineuse derrière vous.",
  },
  {
    en: "Wear fitted clothes so knees and hips can be seen.",
    fr: "Portez des vêtements ajustés pour que genoux et hanches soient visibles.",
  },
];
