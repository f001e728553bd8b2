/**
 * Every number the movement screen judges by, with its unit and source. docs/clinical/movement-thresholds.md lists
 * the same values for readers. "Derived" values are our proposals from cited data, not published cut-offs.
 */

/** FPPA standard error of measurement, degrees: Munro, Herrington & Carolan 2012 (SEM 2.72–3.01°); Gwynne & Curran 2014 (2–4°). */
export const FPPA_SEM_DEG = 3;
/**
 * The error band shown with every knee FPPA the camera measures, degrees: the camera's own measured error, not manual
 * digitisation's. `npm run eval:motion` (decision 0300; docs/clinical/movement-thresholds.md, "The camera's error
 * band") compares the knees the screen scores with published annotations: with the person detector on, the default
 * model as used (photos refined by MoveNet Thunder, decision 0301) reads them with a median absolute error of
 * `medianAbsDeg`, a 90th percentile of `p90AbsDeg` and a residual bias of `biasDeg` (signed median, + = more valgus
 * than annotated) over `knees` knees. The band is the median absolute error, which carries that bias, rounded up to
 * half a degree, and never below manual digitisation's SEM (`FPPA_SEM_DEG`): a camera is not more exact than a
 * clinician marking the same picture by hand.
 * Since decision 0675 refuses the skier of COCO 785 as turned, the scored photos keep 2 knees (knee-angle error
 * median 2.2°, p90 4.3°): too few to narrow the band, which keeps the figures of the 4.
 * Four knees are few, so `wider` holds the same figures over every annotated person's knees that Thunder reads
 * scored 0.3 or more, each person read from their own box (decision 0575): the median is smaller there, the 90th
 * percentile much larger, and the note shown with the band states both.
 */
export const CAMERA_FPPA_ERROR = {
  medianAbsDeg: 4.8,
  p90AbsDeg: 6.4,
  biasDeg: 2.2,
  knees: 4,
  bandDeg: 5,
  wider: { medianAbsDeg: 3.1, p90AbsDeg: 12.5, biasDeg: 0, knees: 19 },
} as const;
/** The ± of every camera-measured knee FPPA: `CAMERA_FPPA_ERROR.bandDeg` (see there). */
export const KNEE_FPPA_ERROR_DEG: number = Math.max(FPPA_SEM_DEG, CAMERA_FPPA_ERROR.bandDeg);
/** FPPA smallest detectable difference, degrees: Munro 2012 (SDD 7.54–8.93°), rounded up; a smaller change or left–right gap may be noise. */
export const FPPA_SDD_DEG = 9;

/**
 * Single-leg squat FPPA bands for women, degrees (derived, low confidence; docs/clinical "Numbers to encode" #7 from
 * Herrington 2014 healthy 8.4 ± 5.1° vs PFP 16.8 ± 5.4° and Herrington & Munro 2010): below 10 typical, 10–15
 * borderline, above 15 elevated. Men: about 3° lower (Ghulam 2021 male controls 6.96°).
 */
export const SLS_FPPA_BANDS_FEMALE_DEG = { borderlineFromDeg: 10, elevatedAboveDeg: 15 } as const;
export const SLS_FPPA_MALE_OFFSET_DEG = -3;

/**
 * Knee FPPA a measured knee can plausibly show, degrees (derived, low confidence: no published plausibility limit
 * was found). The group values in docs/clinical §1.2 run from −8.9 ± 8.9° (women with PFP after movement training,
 * PMC7274868) to 16.8 ± 5.4° (women with PFP, single-leg squat) and 21.7 ± 3.6° (their hop landings, Herrington
 * 2014); four SDs beyond those groups reach −44.5° at the lowest and 38.4° at the highest, rounded outward to
 * 5°. Four SDs, not three, because a real knee outside the range would lose its finding. docs/clinical §1.2 has no FPPA for the double-leg squat or the other
 * tests, so the range of the tasks with the largest published values stands for all of them. A mean peak beyond it
 * is far more likely a mis-tracked leg than a knee (on a synthetic clip with a lifted leg, MoveNet read 42° where
 * the published keypoints read −1.5°), so it is reported as a tracking problem, not as a finding.
 */
export const FPPA_PLAUSIBLE_RANGE_DEG = { minDeg: -45, maxDeg: 40 } as const;

/**
 * Pelvic drop and trunk lean error, degrees (derived, low confidence): no SEM for pose-estimated pelvis or trunk
 * angles was found; DiCesare 2014 reports 2D-vs-3D trunk differences of about ±1.2°, and hip keypoints are less
 * precise than skin markers, so we state 2°.
 */
export const PELVIC_DROP_ERROR_DEG = 2;
export const TRUNK_LEAN_ERROR_DEG = 2;
/** Standing-sway error, degrees (design choice: keypoint jitter of a still person is about 1°). */
export const SWAY_ERROR_DEG = 1;

/**
 * FPPA "at a fixed depth": the first frame where the hips have dropped 10% of standing hip–ankle length. Design
 * choice so sessions compare at the same depth (the SLS is measured at peak knee flexion, Munro 2012, but depth
 * varies between attempts).
 */
export const FIXED_DEPTH_DROP_RATIO = 0.1;

/** A screen needs at least this share of frames with the body seen and in the expected posture (design choice). */
export const MIN_USABLE_FRAME_FRACTION = 0.6;
/** Mean joint score under which lighting or contrast is probably poor (design choice). */
export const LOW_LIGHT_MEAN_SCORE = 0.5;
/** Shoulder width below this fraction of torso length: the person is side-on, not facing the camera (design choice). */
export const SIDE_ON_SHOULDER_TORSO_RATIO = 0.35;
/**
 * Shoulder width plus hip width, each measured across the torso (perpendicular to the mid-hip → mid-shoulder line,
 * so a lean or a tilted camera does not narrow them), as a share of torso length. Square to the camera it is about
 * 1.1: of the 27 people with both shoulders and hips marked in the annotation files of testdata/, the 17 facing the
 * camera or turned from it read 0.82–1.34, median 1.05 (shoulders about 0.6, hips about 0.4); the batter of COCO
 * 196141, side-on, reads 0.19. Turned by θ about the vertical axis, both widths shrink by cos θ. Below
 * `SIDE_ON_GIRDLE_TORSO_RATIO` (cos 60° × 1.1) the body is side-on (design choice derived from those annotations,
 * decision 0640).
 */
export const SIDE_ON_GIRDLE_TORSO_RATIO = 0.55;
/**
 * Below this ratio (cos 50° × 1.1) the body is side-on too when its legs lie in the opposite left–right order to its
 * hips: facing the camera or turned from it, the feet stand either side of the hips' line of sight, so the knees
 * and ankles keep the hips' order; only a turned body with one foot ahead of the other puts the legs in the other
 * order (a batter's stance, a lunge seen from the side). Design choice (decision 0640).
 */
export const SIDE_ON_CROSSED_LEGS_GIRDLE_TORSO_RATIO = 0.7;
/**
 * Above this ratio (the same shoulder-plus-hip width across the torso over torso length) the trunk is seen end-on:
 * shorter than half the girdles it carries, where a body standing square to the camera reads about 1.1 (0.82–1.34
 * over the 17 annotated people facing the camera or turned from it, decision 0640). Foreshortened that far, the
 * trunk points 60° or more toward or away from the camera: bent double, lying along the camera's line of sight,
 * upside down seen from above, or a reading that is not of an upright body at all, whatever its tilt in the picture
 * says. Design choice (decision 0676): a squat's forward lean keeps it under 1.35 in a three-dimensional squat model
 * (trunk 30° forward) and under 1.02 in every frame of the published squat clip; only a trunk leaning about 55° or
 * more toward the camera reaches it. Standing tests refuse such pictures as "not standing".
 */
export const TRUNK_END_ON_GIRDLE_TORSO_RATIO = 2.2;
/** Pose models are weaker on people lying down: floor tests' confidence is halved (design choice). */
export const FLOOR_CONFIDENCE_FACTOR = 0.5;

/**
 * FPPA is not measured while the thigh's projected length is under 70% of its full length (thigh tilted more than
 * about 45° toward the camera): the thigh then points at
 * the camera (deep knee flexion or a turned body), and a few pixels of knee error swing the angle by tens of
 * degrees. Design choice; FPPA studies measure the SLS at moderate flexion (Munro 2012; PMC9159712 at 45°).
 */
export const MIN_THIGH_PROJECTION_RATIO = 0.7;

/**
 * A body turned this far or more about the vertical axis (estimated from the thighs during knee bends, see
 * `bodyTurnDeg`) gets no frontal-plane angles. In a squat the knees travel forward and the hips back; a turn shows a
 * share (sin θ) of that travel sideways, the same image direction for both knees. On the published squat clip a
 * turn of 30–37° (its BlazePose world landmarks) reads as FPPA −16° on the left knee and +37° on the right. Derived,
 * not published: in a three-dimensional squat model (shanks 35°, thighs 75° from vertical at the bottom) a 10° turn
 * already shifts peak FPPA by 12–16°, more than the 9° SDD, so the bar should be low; but turns under 10° must not
 * be flagged (keypoint noise), and on the same clip our BlazePose output reads the turn as 14° where MoveNet and
 * the published keypoints read 27–28°. 12° sits between.
 */
export const TURNED_BODY_MIN_DEG = 12;
/**
 * The turn is only estimated on frames where both thighs' vertical extent in the picture is at most this share of
 * their full length (thighs bent at least about 37° from vertical): nearer upright the thigh's forward part is too
 * short and a few pixels of knee error swing the estimate (design choice).
 */
export const TURN_ESTIMATE_MAX_THIGH_HEIGHT_RATIO = 0.8;
/**
 * A single photo cannot show the turn the way a recording does (`bodyTurnDeg` needs the knees bending over several
 * frames), but it shows what the turn does to the knees: a body turned by θ with the knees bent shows a share sin θ
 * of their forward travel sideways, the same image direction for both knees, so one knee reads valgus and the other
 * varus by about the same amount (2·atan(sin θ·tan(φ/2)) for a knee flexed φ), and the more the knees bend, the
 * smaller the turn that does it. Englander et al. 2019 (Orthop J Sports Med 7(1):2325967118819831): the 2D
 * coronal-plane knee angle depends on the camera's position, a varus knee reading valgus 15° off the frontal plane,
 * "more pronounced when the knee is positioned in more flexion". A photo whose two knees read FPPA of opposite signs,
 * each at least this far from zero, is refused as turned: the smallest detectable difference (`FPPA_SDD_DEG`, Munro
 * 2012), so a gap smaller than measurement noise never refuses. On the published squat clip (turned 30–37°) every
 * frame with both knees bent past 165° reads so, and none with both straighter than 172°. Of the 22 people with both
 * legs marked in the annotation files of testdata/, the 10 standing upright and not side-on with their knees near
 * straight or bent the same way do not; the skier of COCO 785 (turned about 40°), two people of COCO 197388 and
 * one of AI Challenger, each a knee bent 90–140°, do (decision 0675).
 */
export const TURNED_PHOTO_KNEE_FPPA_MIN_DEG = FPPA_SDD_DEG;
/** Bent-knee frames needed before the turn is estimated (design choice: about half a second at 5 fps). */
export const TURN_ESTIMATE_MIN_FRAMES = 3;
