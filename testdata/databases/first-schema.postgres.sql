--
-- PostgreSQL database dump
--

\restrict V2XZVPffOG77d50tzlAVGNlaxXCfV2aHbBLKAAo8HCBr4x2RFMDCQBRkIUwOrLG

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: accounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts (
    id text NOT NULL,
    email text NOT NULL,
    email_key text NOT NULL,
    password_hash text NOT NULL,
    role text NOT NULL,
    created_at text NOT NULL,
    CONSTRAINT accounts_role_check CHECK ((role = ANY (ARRAY['person'::text, 'coach'::text, 'admin'::text])))
);


--
-- Name: activities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.activities (
    id text NOT NULL,
    account_id text NOT NULL,
    file_hash text NOT NULL,
    file_name text NOT NULL,
    "position" integer NOT NULL,
    imported_at text NOT NULL,
    date text NOT NULL,
    start_time text NOT NULL,
    activity_json text NOT NULL
);


--
-- Name: auth_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_sessions (
    token_hash text NOT NULL,
    account_id text NOT NULL,
    created_at text NOT NULL,
    expires_at text NOT NULL
);


--
-- Name: check_ins; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.check_ins (
    id text NOT NULL,
    account_id text NOT NULL,
    date text NOT NULL,
    created_at text NOT NULL,
    self_management_allowed integer NOT NULL,
    answers_json text NOT NULL,
    screen_json text NOT NULL,
    self_check_json text NOT NULL
);


--
-- Name: coach_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.coach_groups (
    id text NOT NULL,
    coach_id text NOT NULL,
    name text NOT NULL,
    created_at text NOT NULL,
    template_json text
);


--
-- Name: coach_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.coach_links (
    id text NOT NULL,
    coach_id text NOT NULL,
    client_id text,
    code text NOT NULL,
    created_at text NOT NULL,
    accepted_at text,
    revoked_at text
);


--
-- Name: coach_notes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.coach_notes (
    id text NOT NULL,
    coach_id text NOT NULL,
    client_id text NOT NULL,
    created_at text NOT NULL,
    body text NOT NULL
);


--
-- Name: group_members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.group_members (
    group_id text NOT NULL,
    account_id text NOT NULL,
    joined_at text NOT NULL
);


--
-- Name: imported_movement_findings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.imported_movement_findings (
    id text NOT NULL,
    account_id text NOT NULL,
    imported_at text NOT NULL,
    date text NOT NULL,
    finding_json text NOT NULL
);


--
-- Name: kysely_migration; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.kysely_migration (
    name character varying(255) NOT NULL,
    "timestamp" character varying(255) NOT NULL
);


--
-- Name: morning_check_ins; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.morning_check_ins (
    account_id text NOT NULL,
    date text NOT NULL,
    created_at text NOT NULL,
    check_in_json text NOT NULL
);


--
-- Name: movement_screens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.movement_screens (
    id text NOT NULL,
    account_id text NOT NULL,
    recorded_at text NOT NULL,
    test text NOT NULL,
    report_json text NOT NULL,
    keypoints_json text NOT NULL
);


--
-- Name: pain_entries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pain_entries (
    account_id text NOT NULL,
    id text NOT NULL,
    date text NOT NULL,
    created_at text NOT NULL,
    entry_json text NOT NULL
);


--
-- Name: profiles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.profiles (
    account_id text NOT NULL,
    language text NOT NULL,
    sports_json text NOT NULL,
    equipment_json text NOT NULL,
    available_days_json text NOT NULL,
    updated_at text NOT NULL
);


--
-- Name: program_revisions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.program_revisions (
    program_id text NOT NULL,
    revision integer NOT NULL,
    changed_by_account_id text,
    changed_by text NOT NULL,
    changed_at text NOT NULL,
    revision_json text NOT NULL,
    program_after_json text NOT NULL
);


--
-- Name: programs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programs (
    id text NOT NULL,
    account_id text NOT NULL,
    group_id text,
    created_at text NOT NULL,
    updated_at text NOT NULL,
    revision integer NOT NULL,
    program_json text NOT NULL
);


--
-- Name: psfs_entries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.psfs_entries (
    account_id text NOT NULL,
    id text NOT NULL,
    date text NOT NULL,
    created_at text NOT NULL,
    entry_json text NOT NULL
);


--
-- Name: session_logs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.session_logs (
    account_id text NOT NULL,
    id text NOT NULL,
    program_id text NOT NULL,
    date text NOT NULL,
    completed integer NOT NULL,
    created_at text NOT NULL,
    log_json text NOT NULL
);


--
-- Name: share_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.share_links (
    id text NOT NULL,
    program_id text NOT NULL,
    token_hash text NOT NULL,
    created_by_account_id text,
    created_at text NOT NULL,
    expires_at text NOT NULL,
    revoked_at text
);


--
-- Data for Name: accounts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.accounts (id, email, email_key, password_hash, role, created_at) FROM stdin;
id-0001	clinic-admin@example.org	clinic-admin@example.org	sha256$1e7d86885b3552061393b3df698467f7152c75103eddfc6b02eb91ea27e7c44c	admin	2026-11-23T09:00:00.000Z
id-0002	maya@clinic.example	maya@clinic.example	sha256$1e7d86885b3552061393b3df698467f7152c75103eddfc6b02eb91ea27e7c44c	coach	2026-11-23T09:00:00.000Z
id-0003	dana.runner@example.org	dana.runner@example.org	sha256$1e7d86885b3552061393b3df698467f7152c75103eddfc6b02eb91ea27e7c44c	person	2026-11-23T09:00:00.000Z
\.


--
-- Data for Name: activities; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.activities (id, account_id, file_hash, file_name, "position", imported_at, date, start_time, activity_json) FROM stdin;
first-month-run	id-0003	7c1e7c1e7c1e7c1e7c1e7c1e7c1e7c1e7c1e7c1e7c1e7c1e7c1e7c1e7c1e7c1e	Morning_Run.fit	0	2026-11-29T10:00:00.000Z	2026-11-29	2026-11-29T07:00:00.000Z	{"source":"fit","date":"2026-11-29","startTime":"2026-11-29T07:00:00.000Z","sport":"running","durationSeconds":2700,"distanceMeters":9000,"cadencePerMin":84,"repetitions":{"kind":"steps","count":3780,"source":"recorded-total"}}
\.


--
-- Data for Name: auth_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_sessions (token_hash, account_id, created_at, expires_at) FROM stdin;
e9c9495cb7218d435e9d9f083dc1b2aeacdc84d8db37a769820dbf6c540def92	id-0001	2026-11-23T09:00:00.000Z	2026-12-23T09:00:00.000Z
5732eb528dfceded77fff98015ce240405acf14beac96ca87dde58d301d714d3	id-0002	2026-11-23T09:00:00.000Z	2026-12-23T09:00:00.000Z
fde7b438a429c6797cecae0a0eeab7bcc176a2acdf3bfd84a0a15525dc36484b	id-0003	2026-11-23T09:00:00.000Z	2026-12-23T09:00:00.000Z
\.


--
-- Data for Name: check_ins; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.check_ins (id, account_id, date, created_at, self_management_allowed, answers_json, screen_json, self_check_json) FROM stdin;
id-0004	id-0003	2026-11-23	2026-11-23T09:00:00.000Z	1	{"version":2,"person":{"name":"Dana","ageYears":34,"sex":"female","language":"en"},"selfCheck":{"sitsRegularly":true,"hasBackPain":false,"repetitiveExercise":true,"doesHipBalanceWork":false},"symptoms":{"knee":"right","locations":["around-kneecap","behind-kneecap"],"aggravators":["stairs-down","long-sitting","running"],"durationWeeks":10,"painNow":3,"painUsual":4,"painWorst":6},"redFlags":{"hotSwollenKneeWithFever":false,"suddenSwellingWithWeakImmunity":false,"deformityAfterInjury":false,"cannotLiftStraightLeg":false,"footColdPaleOrNumb":false,"calfPainSwellingWarmth":false,"highImpactTrauma":false,"kneeLocks":false,"swellingWithinHoursOfInjury":false,"swellingHoursAfterInjury":false,"givesWayAfterInjury":false,"givesWayWithoutInjury":false,"kneecapDislocated":false,"constantNightOrRestPain":false,"unexplainedWeightLoss":false,"hardLumpNearKnee":false,"worseningNumbnessOrWeakness":false,"morningStiffnessOver30Min":false,"severalSwollenJoints":false,"childLimpOrHipPain":false,"youngUnwellOrBruising":false,"calfTenderWithoutCause":false,"clotRiskImmobility":false,"clotRiskHistoryOrCancer":false,"clotRiskHormonal":false,"penetratingKneeWound":false,"kneeReplacement":false,"otherInjuries":false,"headInjuryOrConfusion":false,"reducedFeelingInLegs":false},"injury":null,"activities":[{"sport":"running","sessionsPerWeek":4,"minutesPerSession":45,"hardDays":["sun"]}],"equipment":["mini-band","mat"],"availableDays":["mon","tue","thu","fri","sat","sun"],"psfs":[{"activity":"Going down stairs","score":5},{"activity":"Running 10 km","score":4},{"activity":"Sitting through a film","score":6}]}	{"tier":"none","flags":[],"selfManagementAllowed":true,"advice":{"en":"None of your answers is a warning sign. This screen does not replace an examination: if a new sign appears, answer these questions again.","fr":"Aucune de vos réponses n'est un signe d'alerte. Ce dépistage ne remplace pas un examen : si un nouveau signe apparaît, répondez à nouveau à ces questions."},"nextStep":{"en":"None of your answers is a warning sign. This screen does not replace an examination: if a new sign appears, answer these questions again.","fr":"Aucune de vos réponses n'est un signe d'alerte. Ce dépistage ne remplace pas un examen : si un nouveau signe apparaît, répondez à nouveau à ces questions."},"cautions":[],"ottawa":{"status":"not-applicable","reason":"no-injury"}}	{"lookAtHipBalance":true,"yesTo":["sits","repetitive"],"doesHipBalanceWork":false,"explanation":{"en":"You said you sit on a regular basis and your exercise repeats the same motions, and you do not yet do exercises for balance around your hips. With that combination it is a good idea to work on restoring balance around your hips; this is a pointer, not a diagnosis.","fr":"Vous avez indiqué que vous restez assis·e régulièrement et votre activité physique répète les mêmes mouvements, et vous ne faites pas encore d'exercices pour l'équilibre autour de vos hanches. Avec cette combinaison, il est utile de travailler à rétablir l'équilibre autour de vos hanches ; c'est une piste, pas un diagnostic."}}
\.


--
-- Data for Name: coach_groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.coach_groups (id, coach_id, name, created_at, template_json) FROM stdin;
first-month-0002	id-0002	Tuesday runners	2026-11-30T19:00:00.000Z	\N
\.


--
-- Data for Name: coach_links; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.coach_links (id, coach_id, client_id, code, created_at, accepted_at, revoked_at) FROM stdin;
link-maya-dana	id-0002	id-0003	HIPFIRST1	2026-11-23T09:05:00.000Z	2026-11-23T09:30:00.000Z	\N
\.


--
-- Data for Name: coach_notes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.coach_notes (id, coach_id, client_id, created_at, body) FROM stdin;
id-0007	id-0002	id-0003	2026-11-28T07:30:00.000Z	Hip hitch on the left, week 1.
\.


--
-- Data for Name: group_members; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.group_members (group_id, account_id, joined_at) FROM stdin;
first-month-0002	id-0003	2026-11-30T19:00:00.000Z
\.


--
-- Data for Name: imported_movement_findings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.imported_movement_findings (id, account_id, imported_at, date, finding_json) FROM stdin;
first-month-finding	id-0003	2026-11-28T12:00:00.000Z	2026-11-28	{"date":"2026-11-28","test":"single-leg-squat","metric":"knee-frontal-plane-angle","side":"right","valueDeg":14,"semDeg":3,"method":"Front camera view, single-leg squat standing on the right leg."}
\.


--
-- Data for Name: kysely_migration; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.kysely_migration (name, "timestamp") FROM stdin;
2026-11-22T0000-initial	2026-12-04T21:39:18.553Z
2026-11-22T0100-share-links	2026-12-04T21:39:18.584Z
2026-11-22T0200-activities	2026-12-04T21:39:18.625Z
2026-11-22T0300-imported-movement-findings	2026-12-04T21:39:18.673Z
\.


--
-- Data for Name: morning_check_ins; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.morning_check_ins (account_id, date, created_at, check_in_json) FROM stdin;
id-0003	2026-11-24	2026-11-24T07:30:00.000Z	{"date":"2026-11-24","pain":3,"settled":true}
id-0003	2026-11-26	2026-11-26T07:30:00.000Z	{"date":"2026-11-26","pain":2,"settled":true}
id-0003	2026-11-28	2026-11-28T07:30:00.000Z	{"date":"2026-11-28","pain":1,"settled":true}
\.


--
-- Data for Name: movement_screens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.movement_screens (id, account_id, recorded_at, test, report_json, keypoints_json) FROM stdin;
first-month-screen	id-0003	2026-11-27T17:00:00.000Z	single-leg-squat	{"test":"single-leg-squat","status":"scored","findings":[{"side":"right","peakFppaDeg":14.5,"semDeg":3}]}	[{"timeMs":0,"keypoints":{"leftHip":{"x":310.5,"y":402,"score":0.91},"leftKnee":{"x":318,"y":540.25,"score":0.88}}},{"timeMs":33.3,"keypoints":{"leftHip":{"x":311,"y":405,"score":0.9}}}]
\.


--
-- Data for Name: pain_entries; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.pain_entries (account_id, id, date, created_at, entry_json) FROM stdin;
id-0003	first-release-pain-1	2026-11-24	2026-11-24T07:30:00.000Z	{"date":"2026-11-24","painNow":3,"painUsual":4,"painWorst":6}
id-0003	first-release-pain-2	2026-11-26	2026-11-26T07:30:00.000Z	{"date":"2026-11-26","painNow":2,"painUsual":4,"painWorst":5}
id-0003	first-release-pain-3	2026-11-28	2026-11-28T07:30:00.000Z	{"date":"2026-11-28","painNow":1,"painUsual":4,"painWorst":4}
\.


--
-- Data for Name: profiles; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.profiles (account_id, language, sports_json, equipment_json, available_days_json, updated_at) FROM stdin;
id-0003	en	["running"]	["mini-band","mat"]	["mon","tue","thu","fri","sat","sun"]	2026-11-23T09:00:00.000Z
\.


--
-- Data for Name: program_revisions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.program_revisions (program_id, revision, changed_by_account_id, changed_by, changed_at, revision_json, program_after_json) FROM stdin;
id-0005	1	id-0003	person	2026-11-30T19:00:00.000Z	{"revision":1,"changedAt":"2026-11-30T19:00:00.000Z","changedBy":"person","reason":{"en":"Fewer reps while the knee settles.","fr":"Moins de répétitions le temps que le genou se calme."},"changes":[{"exerciseId":"warrior-1","from":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"to":{"mode":"reps","sets":2,"reps":8,"perSide":true,"restSeconds":60}}]}	{"id":"id-0005","createdOn":"2026-11-23","startDate":"2026-11-24","weeks":6,"language":"en","revision":1,"phases":[{"phase":"wake-up","fromWeek":1,"toWeek":2},{"phase":"strengthen","fromWeek":3,"toWeek":4},{"phase":"integrate","fromWeek":5,"toWeek":6}],"checkpoints":[{"week":2,"date":"2026-12-07"},{"week":4,"date":"2026-12-21"},{"week":6,"date":"2027-01-04"}],"sessions":[{"id":"w1-s1","date":"2026-11-26","week":1,"kind":"strength","exercises":[{"exerciseId":"clamshell","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"activation","ladderId":"side-lying-abduction"},{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"straight-leg-raise","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"quadriceps"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":20},{"id":"w1-wu1","date":"2026-11-29","week":1,"kind":"warm-up","exercises":[{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"band-side-kick","dose":{"mode":"reps","sets":1,"reps":20,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"standing-band"},{"exerciseId":"band-lateral-walk","dose":{"mode":"timed","sets":1,"durationSeconds":60,"perSide":false,"restSeconds":60},"block":"strength","ladderId":"standing-band"}],"estimatedMinutes":8},{"id":"w1-s2","date":"2026-11-30","week":1,"kind":"strength","exercises":[{"exerciseId":"clamshell","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"activation","ladderId":"side-lying-abduction"},{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"straight-leg-raise","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"quadriceps"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":20},{"id":"w2-s1","date":"2026-12-03","week":2,"kind":"strength","exercises":[{"exerciseId":"clamshell","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"activation","ladderId":"side-lying-abduction"},{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"straight-leg-raise","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"quadriceps"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":20},{"id":"w2-wu1","date":"2026-12-06","week":2,"kind":"warm-up","exercises":[{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"band-side-kick","dose":{"mode":"reps","sets":1,"reps":20,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"standing-band"},{"exerciseId":"band-lateral-walk","dose":{"mode":"timed","sets":1,"durationSeconds":60,"perSide":false,"restSeconds":60},"block":"strength","ladderId":"standing-band"}],"estimatedMinutes":8},{"id":"w2-s2","date":"2026-12-07","week":2,"kind":"strength","exercises":[{"exerciseId":"clamshell","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"activation","ladderId":"side-lying-abduction"},{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"straight-leg-raise","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"quadriceps"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":20},{"id":"w3-s1","date":"2026-12-10","week":3,"kind":"strength","exercises":[{"exerciseId":"warrior-1","dose":{"mode":"reps","sets":2,"reps":8,"perSide":true,"restSeconds":60},"block":"activation"},{"exerciseId":"tree-pose","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"balance","ladderId":"standing-yoga-balance"},{"exerciseId":"banded-clamshell","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"side-lying-abduction"},{"exerciseId":"wall-sit","dose":{"mode":"hold","sets":3,"holdSeconds":30,"perSide":false,"restSeconds":30},"block":"strength","ladderId":"quadriceps"},{"exerciseId":"front-plank-hip-extension","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"hip-extension"},{"exerciseId":"side-plank","dose":{"mode":"hold","sets":3,"holdSeconds":20,"perSide":true,"restSeconds":30},"block":"strength"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":29},{"id":"w3-wu1","date":"2026-12-13","week":3,"kind":"warm-up","exercises":[{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"band-side-kick","dose":{"mode":"reps","sets":1,"reps":20,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"standing-band"},{"exerciseId":"band-lateral-walk","dose":{"mode":"timed","sets":1,"durationSeconds":60,"perSide":false,"restSeconds":60},"block":"strength","ladderId":"standing-band"}],"estimatedMinutes":8},{"id":"w3-s2","date":"2026-12-14","week":3,"kind":"strength","exercises":[{"exerciseId":"warrior-1","dose":{"mode":"reps","sets":2,"reps":8,"perSide":true,"restSeconds":60},"block":"activation"},{"exerciseId":"tree-pose","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"balance","ladderId":"standing-yoga-balance"},{"exerciseId":"banded-clamshell","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"side-lying-abduction"},{"exerciseId":"wall-sit","dose":{"mode":"hold","sets":3,"holdSeconds":30,"perSide":false,"restSeconds":30},"block":"strength","ladderId":"quadriceps"},{"exerciseId":"front-plank-hip-extension","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"hip-extension"},{"exerciseId":"side-plank","dose":{"mode":"hold","sets":3,"holdSeconds":20,"perSide":true,"restSeconds":30},"block":"strength"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":29},{"id":"w4-s1","date":"2026-12-17","week":4,"kind":"strength","exercises":[{"exerciseId":"warrior-1","dose":{"mode":"reps","sets":2,"reps":8,"perSide":true,"restSeconds":60},"block":"activation"},{"exerciseId":"tree-pose","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"balance","ladderId":"standing-yoga-balance"},{"exerciseId":"banded-clamshell","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"side-lying-abduction"},{"exerciseId":"wall-sit","dose":{"mode":"hold","sets":3,"holdSeconds":30,"perSide":false,"restSeconds":30},"block":"strength","ladderId":"quadriceps"},{"exerciseId":"front-plank-hip-extension","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"hip-extension"},{"exerciseId":"side-plank","dose":{"mode":"hold","sets":3,"holdSeconds":20,"perSide":true,"restSeconds":30},"block":"strength"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":29},{"id":"w4-wu1","date":"2026-12-20","week":4,"kind":"warm-up","exercises":[{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"band-side-kick","dose":{"mode":"reps","sets":1,"reps":20,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"standing-band"},{"exerciseId":"band-lateral-walk","dose":{"mode":"timed","sets":1,"durationSeconds":60,"perSide":false,"restSeconds":60},"block":"strength","ladderId":"standing-band"}],"estimatedMinutes":8},{"id":"w4-s2","date":"2026-12-21","week":4,"kind":"strength","exercises":[{"exerciseId":"warrior-1","dose":{"mode":"reps","sets":2,"reps":8,"perSide":true,"restSeconds":60},"block":"activation"},{"exerciseId":"tree-pose","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"balance","ladderId":"standing-yoga-balance"},{"exerciseId":"banded-clamshell","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"side-lying-abduction"},{"exerciseId":"wall-sit","dose":{"mode":"hold","sets":3,"holdSeconds":30,"perSide":false,"restSeconds":30},"block":"strength","ladderId":"quadriceps"},{"exerciseId":"front-plank-hip-extension","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"hip-extension"},{"exerciseId":"side-plank","dose":{"mode":"hold","sets":3,"holdSeconds":20,"perSide":true,"restSeconds":30},"block":"strength"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":29},{"id":"w5-s1","date":"2026-12-24","week":5,"kind":"strength","exercises":[{"exerciseId":"warrior-1","dose":{"mode":"reps","sets":2,"reps":8,"perSide":true,"restSeconds":60},"block":"activation"},{"exerciseId":"tree-pose","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"balance","ladderId":"standing-yoga-balance"},{"exerciseId":"side-lying-leg-lift","dose":{"mode":"reps","sets":2,"reps":10,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"side-lying-abduction"},{"exerciseId":"single-leg-squat","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":60},"block":"strength","ladderId":"single-leg-control"},{"exerciseId":"front-plank-hip-extension","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"hip-extension"},{"exerciseId":"side-plank","dose":{"mode":"hold","sets":3,"holdSeconds":20,"perSide":true,"restSeconds":30},"block":"strength"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":30},{"id":"w5-wu1","date":"2026-12-27","week":5,"kind":"warm-up","exercises":[{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"band-side-kick","dose":{"mode":"reps","sets":1,"reps":20,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"standing-band"},{"exerciseId":"band-lateral-walk","dose":{"mode":"timed","sets":1,"durationSeconds":60,"perSide":false,"restSeconds":60},"block":"strength","ladderId":"standing-band"}],"estimatedMinutes":8},{"id":"w5-s2","date":"2026-12-28","week":5,"kind":"strength","exercises":[{"exerciseId":"warrior-1","dose":{"mode":"reps","sets":2,"reps":8,"perSide":true,"restSeconds":60},"block":"activation"},{"exerciseId":"tree-pose","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"balance","ladderId":"standing-yoga-balance"},{"exerciseId":"side-lying-leg-lift","dose":{"mode":"reps","sets":2,"reps":10,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"side-lying-abduction"},{"exerciseId":"single-leg-squat","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":60},"block":"strength","ladderId":"single-leg-control"},{"exerciseId":"front-plank-hip-extension","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"hip-extension"},{"exerciseId":"side-plank","dose":{"mode":"hold","sets":3,"holdSeconds":20,"perSide":true,"restSeconds":30},"block":"strength"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":30},{"id":"w6-s1","date":"2026-12-31","week":6,"kind":"strength","exercises":[{"exerciseId":"warrior-1","dose":{"mode":"reps","sets":2,"reps":8,"perSide":true,"restSeconds":60},"block":"activation"},{"exerciseId":"tree-pose","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"balance","ladderId":"standing-yoga-balance"},{"exerciseId":"side-lying-leg-lift","dose":{"mode":"reps","sets":2,"reps":10,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"side-lying-abduction"},{"exerciseId":"single-leg-squat","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":60},"block":"strength","ladderId":"single-leg-control"},{"exerciseId":"front-plank-hip-extension","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"hip-extension"},{"exerciseId":"side-plank","dose":{"mode":"hold","sets":3,"holdSeconds":20,"perSide":true,"restSeconds":30},"block":"strength"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":30},{"id":"w6-wu1","date":"2027-01-03","week":6,"kind":"warm-up","exercises":[{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"band-side-kick","dose":{"mode":"reps","sets":1,"reps":20,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"standing-band"},{"exerciseId":"band-lateral-walk","dose":{"mode":"timed","sets":1,"durationSeconds":60,"perSide":false,"restSeconds":60},"block":"strength","ladderId":"standing-band"}],"estimatedMinutes":8},{"id":"w6-s2","date":"2027-01-04","week":6,"kind":"strength","exercises":[{"exerciseId":"warrior-1","dose":{"mode":"reps","sets":2,"reps":8,"perSide":true,"restSeconds":60},"block":"activation"},{"exerciseId":"tree-pose","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"balance","ladderId":"standing-yoga-balance"},{"exerciseId":"side-lying-leg-lift","dose":{"mode":"reps","sets":2,"reps":10,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"side-lying-abduction"},{"exerciseId":"single-leg-squat","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":60},"block":"strength","ladderId":"single-leg-control"},{"exerciseId":"front-plank-hip-extension","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"hip-extension"},{"exerciseId":"side-plank","dose":{"mode":"hold","sets":3,"holdSeconds":20,"perSide":true,"restSeconds":30},"block":"strength"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":30}],"warmUp":[{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"band-side-kick","dose":{"mode":"reps","sets":1,"reps":20,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"standing-band"},{"exerciseId":"band-lateral-walk","dose":{"mode":"timed","sets":1,"durationSeconds":60,"perSide":false,"restSeconds":60},"block":"strength","ladderId":"standing-band"}],"rationale":[{"en":"You said you sit on a regular basis and your exercise repeats the same motions, and you do not yet do exercises for balance around your hips. With that combination it is a good idea to work on restoring balance around your hips; this is a pointer, not a diagnosis.","fr":"Vous avez indiqué que vous restez assis·e régulièrement et votre activité physique répète les mêmes mouvements, et vous ne faites pas encore d'exercices pour l'équilibre autour de vos hanches. Avec cette combinaison, il est utile de travailler à rétablir l'équilibre autour de vos hanches ; c'est une piste, pas un diagnostic."},{"en":"Strength sessions are twice a week, on Monday and Thursday (two a week are enough to build strength).","fr":"Les séances de renforcement ont lieu deux fois par semaine, le lundi et le jeudi (deux par semaine suffisent pour renforcer)."},{"en":"None falls on your hard running days (Sunday) or the day before: small hip muscles are trained on days opposite the big-muscle ones, and fresh for the big days.","fr":"Aucune ne tombe sur vos grosses journées de course à pied (le dimanche) ni la veille : les petits muscles de la hanche se travaillent d'autres jours que les gros muscles, et restent frais pour les grosses journées."},{"en":"There is at least one rest day between two sessions, so the muscles recover.","fr":"Il y a au moins un jour de repos entre deux séances, pour que les muscles récupèrent."},{"en":"First, in weeks 1–2, we wake up the sleepy hip muscles; in weeks 3–4, we make them stronger; in weeks 5–6, we carry that strength into standing, stairs and your sport.","fr":"D'abord, en semaines 1 et 2, on réveille les muscles endormis de la hanche ; en semaines 3 et 4, on les renforce ; en semaines 5 et 6, on fait passer cette force dans la station debout, les escaliers et votre sport."},{"en":"We check whether it is working at weeks 2, 4 and 6: in studies, function followed hip strength over 2, 4 and 6 weeks, and trials lasted 3 to 8 weeks.","fr":"On vérifie si cela marche aux semaines 2, 4 et 6 : dans les études, la fonction a suivi la force de hanche sur 2, 4 et 6 semaines, et les essais duraient de 3 à 8 semaines."},{"en":"Each session goes release → wake-up → strength → stretch: loosen tight tissue with the balls or roller first, then switch the muscles on, strengthen them, and stretch at the end.","fr":"Chaque séance suit l'ordre relâcher → réveiller → renforcer → étirer : d'abord détendre les tissus tendus avec les balles ou le rouleau, puis activer les muscles, les renforcer, et étirer à la fin."},{"en":"Each session mixes hip work with one thigh (quadriceps) exercise: in trials, hip plus knee exercise eased pain more than knee exercise alone.","fr":"Chaque séance associe le travail de hanche à un exercice de cuisse (quadriceps) : dans les essais, le travail de la hanche associé à celui du genou a soulagé davantage que le travail du genou seul."},{"en":"You rated your knee pain 4/10 or more, so the first weeks start gently and keep deep bending and single-leg loading for later.","fr":"Vous avez noté votre douleur au genou à 4/10 ou plus : les premières semaines commencent en douceur et gardent les flexions profondes et le travail sur une jambe pour plus tard."},{"en":"You have no therapy balls or foam roller, so sessions start with activation instead of release; a pair of balls would add the release step.","fr":"Vous n'avez ni balles ni rouleau : les séances commencent par l'activation au lieu du relâchement. Une paire de balles ajouterait cette étape."},{"en":"Before each running session, do the 8-minute warm-up: it wakes up the side hip muscles that keep the knee in line.","fr":"Avant chaque séance de course à pied, faites l'échauffement de 8 minutes : il réveille les muscles latéraux de la hanche qui gardent le genou dans l'axe."},{"en":"During the exercises, pain up to 5/10 is acceptable if it settles by the next morning. Tell the app each morning how your knee feels: the program adjusts to it.","fr":"Pendant les exercices, une douleur jusqu'à 5/10 est acceptable si elle se calme le lendemain matin. Indiquez chaque matin comment va votre genou : le programme s'y adapte."},{"en":"Why 5 out of 10? It is the ceiling of the pain-monitoring model: in a trial, people who kept training with pain up to 5/10 that settled by the next morning did as well as those who rested (Silbernagel and colleagues, 2007, in Achilles tendon pain; physiotherapists use the same rule for knee pain). Above 5, the exercise is too much for now, so the program steps it back; a bad morning after a session means a smaller dose, not stopping.","fr":"Pourquoi 5 sur 10 ? C'est le plafond du modèle de surveillance de la douleur : dans un essai, les personnes qui ont continué l'effort avec une douleur jusqu'à 5/10, revenue à la normale le lendemain matin, ont aussi bien progressé que celles qui se sont mises au repos (Silbernagel et coll., 2007, pour des douleurs du tendon d'Achille ; les kinésithérapeutes appliquent la même règle au genou). Au-delà de 5, l'exercice est trop dur pour l'instant : le programme le fait redescendre. Un mauvais réveil après une séance veut dire une dose plus petite, pas un arrêt."},{"en":"You run 4 times a week, about 45 minutes each time. While your knee settles, keep going, but only as much as keeps knee pain at 5/10 or less during the session and back to your usual level by the next morning: the same rule as for the exercises. If it is not, do less next time. For now, keep your runs on Sunday no longer and no harder than the others. When it has settled, build back gradually: no week more than about 30% above your usual week.","fr":"Vous courez 4 fois par semaine, environ 45 minutes à chaque fois. Le temps que votre genou se calme, continuez, mais seulement autant que la douleur reste à 5/10 ou moins pendant la séance et revient à son niveau habituel le lendemain matin : la même règle que pour les exercices. Sinon, faites moins la fois suivante. Pour l'instant, vos sorties de course le dimanche ne doivent pas être plus longues ni plus dures que les autres. Une fois calmé, reprenez progressivement : pas de semaine à plus d'environ 30 % au-dessus de votre semaine habituelle."}]}
\.


--
-- Data for Name: programs; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.programs (id, account_id, group_id, created_at, updated_at, revision, program_json) FROM stdin;
id-0005	id-0003	\N	2026-11-23T09:00:00.000Z	2026-11-30T19:00:00.000Z	1	{"id":"id-0005","createdOn":"2026-11-23","startDate":"2026-11-24","weeks":6,"language":"en","revision":1,"phases":[{"phase":"wake-up","fromWeek":1,"toWeek":2},{"phase":"strengthen","fromWeek":3,"toWeek":4},{"phase":"integrate","fromWeek":5,"toWeek":6}],"checkpoints":[{"week":2,"date":"2026-12-07"},{"week":4,"date":"2026-12-21"},{"week":6,"date":"2027-01-04"}],"sessions":[{"id":"w1-s1","date":"2026-11-26","week":1,"kind":"strength","exercises":[{"exerciseId":"clamshell","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"activation","ladderId":"side-lying-abduction"},{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"straight-leg-raise","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"quadriceps"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":20},{"id":"w1-wu1","date":"2026-11-29","week":1,"kind":"warm-up","exercises":[{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"band-side-kick","dose":{"mode":"reps","sets":1,"reps":20,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"standing-band"},{"exerciseId":"band-lateral-walk","dose":{"mode":"timed","sets":1,"durationSeconds":60,"perSide":false,"restSeconds":60},"block":"strength","ladderId":"standing-band"}],"estimatedMinutes":8},{"id":"w1-s2","date":"2026-11-30","week":1,"kind":"strength","exercises":[{"exerciseId":"clamshell","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"activation","ladderId":"side-lying-abduction"},{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"straight-leg-raise","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"quadriceps"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":20},{"id":"w2-s1","date":"2026-12-03","week":2,"kind":"strength","exercises":[{"exerciseId":"clamshell","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"activation","ladderId":"side-lying-abduction"},{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"straight-leg-raise","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"quadriceps"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":20},{"id":"w2-wu1","date":"2026-12-06","week":2,"kind":"warm-up","exercises":[{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"band-side-kick","dose":{"mode":"reps","sets":1,"reps":20,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"standing-band"},{"exerciseId":"band-lateral-walk","dose":{"mode":"timed","sets":1,"durationSeconds":60,"perSide":false,"restSeconds":60},"block":"strength","ladderId":"standing-band"}],"estimatedMinutes":8},{"id":"w2-s2","date":"2026-12-07","week":2,"kind":"strength","exercises":[{"exerciseId":"clamshell","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"activation","ladderId":"side-lying-abduction"},{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"straight-leg-raise","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"quadriceps"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":20},{"id":"w3-s1","date":"2026-12-10","week":3,"kind":"strength","exercises":[{"exerciseId":"warrior-1","dose":{"mode":"reps","sets":2,"reps":8,"perSide":true,"restSeconds":60},"block":"activation"},{"exerciseId":"tree-pose","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"balance","ladderId":"standing-yoga-balance"},{"exerciseId":"banded-clamshell","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"side-lying-abduction"},{"exerciseId":"wall-sit","dose":{"mode":"hold","sets":3,"holdSeconds":30,"perSide":false,"restSeconds":30},"block":"strength","ladderId":"quadriceps"},{"exerciseId":"front-plank-hip-extension","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"hip-extension"},{"exerciseId":"side-plank","dose":{"mode":"hold","sets":3,"holdSeconds":20,"perSide":true,"restSeconds":30},"block":"strength"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":29},{"id":"w3-wu1","date":"2026-12-13","week":3,"kind":"warm-up","exercises":[{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"band-side-kick","dose":{"mode":"reps","sets":1,"reps":20,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"standing-band"},{"exerciseId":"band-lateral-walk","dose":{"mode":"timed","sets":1,"durationSeconds":60,"perSide":false,"restSeconds":60},"block":"strength","ladderId":"standing-band"}],"estimatedMinutes":8},{"id":"w3-s2","date":"2026-12-14","week":3,"kind":"strength","exercises":[{"exerciseId":"warrior-1","dose":{"mode":"reps","sets":2,"reps":8,"perSide":true,"restSeconds":60},"block":"activation"},{"exerciseId":"tree-pose","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"balance","ladderId":"standing-yoga-balance"},{"exerciseId":"banded-clamshell","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"side-lying-abduction"},{"exerciseId":"wall-sit","dose":{"mode":"hold","sets":3,"holdSeconds":30,"perSide":false,"restSeconds":30},"block":"strength","ladderId":"quadriceps"},{"exerciseId":"front-plank-hip-extension","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"hip-extension"},{"exerciseId":"side-plank","dose":{"mode":"hold","sets":3,"holdSeconds":20,"perSide":true,"restSeconds":30},"block":"strength"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":29},{"id":"w4-s1","date":"2026-12-17","week":4,"kind":"strength","exercises":[{"exerciseId":"warrior-1","dose":{"mode":"reps","sets":2,"reps":8,"perSide":true,"restSeconds":60},"block":"activation"},{"exerciseId":"tree-pose","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"balance","ladderId":"standing-yoga-balance"},{"exerciseId":"banded-clamshell","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"side-lying-abduction"},{"exerciseId":"wall-sit","dose":{"mode":"hold","sets":3,"holdSeconds":30,"perSide":false,"restSeconds":30},"block":"strength","ladderId":"quadriceps"},{"exerciseId":"front-plank-hip-extension","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"hip-extension"},{"exerciseId":"side-plank","dose":{"mode":"hold","sets":3,"holdSeconds":20,"perSide":true,"restSeconds":30},"block":"strength"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":29},{"id":"w4-wu1","date":"2026-12-20","week":4,"kind":"warm-up","exercises":[{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"band-side-kick","dose":{"mode":"reps","sets":1,"reps":20,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"standing-band"},{"exerciseId":"band-lateral-walk","dose":{"mode":"timed","sets":1,"durationSeconds":60,"perSide":false,"restSeconds":60},"block":"strength","ladderId":"standing-band"}],"estimatedMinutes":8},{"id":"w4-s2","date":"2026-12-21","week":4,"kind":"strength","exercises":[{"exerciseId":"warrior-1","dose":{"mode":"reps","sets":2,"reps":8,"perSide":true,"restSeconds":60},"block":"activation"},{"exerciseId":"tree-pose","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"balance","ladderId":"standing-yoga-balance"},{"exerciseId":"banded-clamshell","dose":{"mode":"reps","sets":3,"reps":10,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"side-lying-abduction"},{"exerciseId":"wall-sit","dose":{"mode":"hold","sets":3,"holdSeconds":30,"perSide":false,"restSeconds":30},"block":"strength","ladderId":"quadriceps"},{"exerciseId":"front-plank-hip-extension","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"hip-extension"},{"exerciseId":"side-plank","dose":{"mode":"hold","sets":3,"holdSeconds":20,"perSide":true,"restSeconds":30},"block":"strength"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":29},{"id":"w5-s1","date":"2026-12-24","week":5,"kind":"strength","exercises":[{"exerciseId":"warrior-1","dose":{"mode":"reps","sets":2,"reps":8,"perSide":true,"restSeconds":60},"block":"activation"},{"exerciseId":"tree-pose","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"balance","ladderId":"standing-yoga-balance"},{"exerciseId":"side-lying-leg-lift","dose":{"mode":"reps","sets":2,"reps":10,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"side-lying-abduction"},{"exerciseId":"single-leg-squat","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":60},"block":"strength","ladderId":"single-leg-control"},{"exerciseId":"front-plank-hip-extension","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"hip-extension"},{"exerciseId":"side-plank","dose":{"mode":"hold","sets":3,"holdSeconds":20,"perSide":true,"restSeconds":30},"block":"strength"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":30},{"id":"w5-wu1","date":"2026-12-27","week":5,"kind":"warm-up","exercises":[{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"band-side-kick","dose":{"mode":"reps","sets":1,"reps":20,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"standing-band"},{"exerciseId":"band-lateral-walk","dose":{"mode":"timed","sets":1,"durationSeconds":60,"perSide":false,"restSeconds":60},"block":"strength","ladderId":"standing-band"}],"estimatedMinutes":8},{"id":"w5-s2","date":"2026-12-28","week":5,"kind":"strength","exercises":[{"exerciseId":"warrior-1","dose":{"mode":"reps","sets":2,"reps":8,"perSide":true,"restSeconds":60},"block":"activation"},{"exerciseId":"tree-pose","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"balance","ladderId":"standing-yoga-balance"},{"exerciseId":"side-lying-leg-lift","dose":{"mode":"reps","sets":2,"reps":10,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"side-lying-abduction"},{"exerciseId":"single-leg-squat","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":60},"block":"strength","ladderId":"single-leg-control"},{"exerciseId":"front-plank-hip-extension","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"hip-extension"},{"exerciseId":"side-plank","dose":{"mode":"hold","sets":3,"holdSeconds":20,"perSide":true,"restSeconds":30},"block":"strength"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":30},{"id":"w6-s1","date":"2026-12-31","week":6,"kind":"strength","exercises":[{"exerciseId":"warrior-1","dose":{"mode":"reps","sets":2,"reps":8,"perSide":true,"restSeconds":60},"block":"activation"},{"exerciseId":"tree-pose","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"balance","ladderId":"standing-yoga-balance"},{"exerciseId":"side-lying-leg-lift","dose":{"mode":"reps","sets":2,"reps":10,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"side-lying-abduction"},{"exerciseId":"single-leg-squat","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":60},"block":"strength","ladderId":"single-leg-control"},{"exerciseId":"front-plank-hip-extension","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"hip-extension"},{"exerciseId":"side-plank","dose":{"mode":"hold","sets":3,"holdSeconds":20,"perSide":true,"restSeconds":30},"block":"strength"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":30},{"id":"w6-wu1","date":"2027-01-03","week":6,"kind":"warm-up","exercises":[{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"band-side-kick","dose":{"mode":"reps","sets":1,"reps":20,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"standing-band"},{"exerciseId":"band-lateral-walk","dose":{"mode":"timed","sets":1,"durationSeconds":60,"perSide":false,"restSeconds":60},"block":"strength","ladderId":"standing-band"}],"estimatedMinutes":8},{"id":"w6-s2","date":"2027-01-04","week":6,"kind":"strength","exercises":[{"exerciseId":"warrior-1","dose":{"mode":"reps","sets":2,"reps":8,"perSide":true,"restSeconds":60},"block":"activation"},{"exerciseId":"tree-pose","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"balance","ladderId":"standing-yoga-balance"},{"exerciseId":"side-lying-leg-lift","dose":{"mode":"reps","sets":2,"reps":10,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"side-lying-abduction"},{"exerciseId":"single-leg-squat","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":60},"block":"strength","ladderId":"single-leg-control"},{"exerciseId":"front-plank-hip-extension","dose":{"mode":"reps","sets":3,"reps":8,"perSide":true,"restSeconds":45},"block":"strength","ladderId":"hip-extension"},{"exerciseId":"side-plank","dose":{"mode":"hold","sets":3,"holdSeconds":20,"perSide":true,"restSeconds":30},"block":"strength"},{"exerciseId":"half-happy-baby","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":0},"block":"stretch"},{"exerciseId":"wall-leg-stretch","dose":{"mode":"hold","sets":2,"holdSeconds":30,"perSide":true,"restSeconds":15},"block":"stretch"}],"estimatedMinutes":30}],"warmUp":[{"exerciseId":"abductor-lifts","dose":{"mode":"reps","sets":1,"reps":10,"perSide":true,"restSeconds":30},"block":"activation"},{"exerciseId":"band-side-kick","dose":{"mode":"reps","sets":1,"reps":20,"perSide":true,"restSeconds":30},"block":"strength","ladderId":"standing-band"},{"exerciseId":"band-lateral-walk","dose":{"mode":"timed","sets":1,"durationSeconds":60,"perSide":false,"restSeconds":60},"block":"strength","ladderId":"standing-band"}],"rationale":[{"en":"You said you sit on a regular basis and your exercise repeats the same motions, and you do not yet do exercises for balance around your hips. With that combination it is a good idea to work on restoring balance around your hips; this is a pointer, not a diagnosis.","fr":"Vous avez indiqué que vous restez assis·e régulièrement et votre activité physique répète les mêmes mouvements, et vous ne faites pas encore d'exercices pour l'équilibre autour de vos hanches. Avec cette combinaison, il est utile de travailler à rétablir l'équilibre autour de vos hanches ; c'est une piste, pas un diagnostic."},{"en":"Strength sessions are twice a week, on Monday and Thursday (two a week are enough to build strength).","fr":"Les séances de renforcement ont lieu deux fois par semaine, le lundi et le jeudi (deux par semaine suffisent pour renforcer)."},{"en":"None falls on your hard running days (Sunday) or the day before: small hip muscles are trained on days opposite the big-muscle ones, and fresh for the big days.","fr":"Aucune ne tombe sur vos grosses journées de course à pied (le dimanche) ni la veille : les petits muscles de la hanche se travaillent d'autres jours que les gros muscles, et restent frais pour les grosses journées."},{"en":"There is at least one rest day between two sessions, so the muscles recover.","fr":"Il y a au moins un jour de repos entre deux séances, pour que les muscles récupèrent."},{"en":"First, in weeks 1–2, we wake up the sleepy hip muscles; in weeks 3–4, we make them stronger; in weeks 5–6, we carry that strength into standing, stairs and your sport.","fr":"D'abord, en semaines 1 et 2, on réveille les muscles endormis de la hanche ; en semaines 3 et 4, on les renforce ; en semaines 5 et 6, on fait passer cette force dans la station debout, les escaliers et votre sport."},{"en":"We check whether it is working at weeks 2, 4 and 6: in studies, function followed hip strength over 2, 4 and 6 weeks, and trials lasted 3 to 8 weeks.","fr":"On vérifie si cela marche aux semaines 2, 4 et 6 : dans les études, la fonction a suivi la force de hanche sur 2, 4 et 6 semaines, et les essais duraient de 3 à 8 semaines."},{"en":"Each session goes release → wake-up → strength → stretch: loosen tight tissue with the balls or roller first, then switch the muscles on, strengthen them, and stretch at the end.","fr":"Chaque séance suit l'ordre relâcher → réveiller → renforcer → étirer : d'abord détendre les tissus tendus avec les balles ou le rouleau, puis activer les muscles, les renforcer, et étirer à la fin."},{"en":"Each session mixes hip work with one thigh (quadriceps) exercise: in trials, hip plus knee exercise eased pain more than knee exercise alone.","fr":"Chaque séance associe le travail de hanche à un exercice de cuisse (quadriceps) : dans les essais, le travail de la hanche associé à celui du genou a soulagé davantage que le travail du genou seul."},{"en":"You rated your knee pain 4/10 or more, so the first weeks start gently and keep deep bending and single-leg loading for later.","fr":"Vous avez noté votre douleur au genou à 4/10 ou plus : les premières semaines commencent en douceur et gardent les flexions profondes et le travail sur une jambe pour plus tard."},{"en":"You have no therapy balls or foam roller, so sessions start with activation instead of release; a pair of balls would add the release step.","fr":"Vous n'avez ni balles ni rouleau : les séances commencent par l'activation au lieu du relâchement. Une paire de balles ajouterait cette étape."},{"en":"Before each running session, do the 8-minute warm-up: it wakes up the side hip muscles that keep the knee in line.","fr":"Avant chaque séance de course à pied, faites l'échauffement de 8 minutes : il réveille les muscles latéraux de la hanche qui gardent le genou dans l'axe."},{"en":"During the exercises, pain up to 5/10 is acceptable if it settles by the next morning. Tell the app each morning how your knee feels: the program adjusts to it.","fr":"Pendant les exercices, une douleur jusqu'à 5/10 est acceptable si elle se calme le lendemain matin. Indiquez chaque matin comment va votre genou : le programme s'y adapte."},{"en":"Why 5 out of 10? It is the ceiling of the pain-monitoring model: in a trial, people who kept training with pain up to 5/10 that settled by the next morning did as well as those who rested (Silbernagel and colleagues, 2007, in Achilles tendon pain; physiotherapists use the same rule for knee pain). Above 5, the exercise is too much for now, so the program steps it back; a bad morning after a session means a smaller dose, not stopping.","fr":"Pourquoi 5 sur 10 ? C'est le plafond du modèle de surveillance de la douleur : dans un essai, les personnes qui ont continué l'effort avec une douleur jusqu'à 5/10, revenue à la normale le lendemain matin, ont aussi bien progressé que celles qui se sont mises au repos (Silbernagel et coll., 2007, pour des douleurs du tendon d'Achille ; les kinésithérapeutes appliquent la même règle au genou). Au-delà de 5, l'exercice est trop dur pour l'instant : le programme le fait redescendre. Un mauvais réveil après une séance veut dire une dose plus petite, pas un arrêt."},{"en":"You run 4 times a week, about 45 minutes each time. While your knee settles, keep going, but only as much as keeps knee pain at 5/10 or less during the session and back to your usual level by the next morning: the same rule as for the exercises. If it is not, do less next time. For now, keep your runs on Sunday no longer and no harder than the others. When it has settled, build back gradually: no week more than about 30% above your usual week.","fr":"Vous courez 4 fois par semaine, environ 45 minutes à chaque fois. Le temps que votre genou se calme, continuez, mais seulement autant que la douleur reste à 5/10 ou moins pendant la séance et revient à son niveau habituel le lendemain matin : la même règle que pour les exercices. Sinon, faites moins la fois suivante. Pour l'instant, vos sorties de course le dimanche ne doivent pas être plus longues ni plus dures que les autres. Une fois calmé, reprenez progressivement : pas de semaine à plus d'environ 30 % au-dessus de votre semaine habituelle."}]}
\.


--
-- Data for Name: psfs_entries; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.psfs_entries (account_id, id, date, created_at, entry_json) FROM stdin;
id-0003	first-month-0001	2026-11-30	2026-11-30T19:00:00.000Z	{"date":"2026-11-30","items":[{"activity":"Running downhill","score":4},{"activity":"Stairs down","score":6}]}
\.


--
-- Data for Name: session_logs; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.session_logs (account_id, id, program_id, date, completed, created_at, log_json) FROM stdin;
id-0003	first-release-log-1	id-0005	2026-11-24	1	2026-11-24T18:00:00.000Z	{"id":"first-release-log-1","programId":"id-0005","plannedSessionId":"w1-s1","date":"2026-11-24","kind":"strength","entries":[{"exerciseId":"clamshell","sets":[{"side":"left","reps":10},{"side":"right","reps":10}],"painDuring":3,"rpe":6}],"painBefore":3,"completed":true}
id-0003	first-release-log-2	id-0005	2026-11-26	1	2026-11-26T18:00:00.000Z	{"id":"first-release-log-2","programId":"id-0005","plannedSessionId":null,"date":"2026-11-26","kind":"strength","entries":[{"exerciseId":"clamshell","sets":[{"side":"left","reps":11},{"side":"right","reps":11}],"painDuring":2,"rpe":6}],"painBefore":3,"completed":true}
id-0003	first-release-log-3	id-0005	2026-11-28	1	2026-11-28T18:00:00.000Z	{"id":"first-release-log-3","programId":"id-0005","plannedSessionId":null,"date":"2026-11-28","kind":"strength","entries":[{"exerciseId":"clamshell","sets":[{"side":"left","reps":12},{"side":"right","reps":12}],"painDuring":1,"rpe":6}],"painBefore":3,"completed":true}
\.


--
-- Data for Name: share_links; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.share_links (id, program_id, token_hash, created_by_account_id, created_at, expires_at, revoked_at) FROM stdin;
id-0006	id-0005	f46ae642e1999719524c5fd59177095a1ec58a12ef94f7585867fe86b524f223	id-0003	2026-11-28T07:30:00.000Z	2026-12-28T07:30:00.000Z	\N
\.


--
-- Name: accounts accounts_email_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_email_key_key UNIQUE (email_key);


--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);


--
-- Name: activities activities_file_position; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.activities
    ADD CONSTRAINT activities_file_position UNIQUE (account_id, file_hash, "position");


--
-- Name: activities activities_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.activities
    ADD CONSTRAINT activities_pkey PRIMARY KEY (id);


--
-- Name: auth_sessions auth_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_sessions
    ADD CONSTRAINT auth_sessions_pkey PRIMARY KEY (token_hash);


--
-- Name: check_ins check_ins_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.check_ins
    ADD CONSTRAINT check_ins_pkey PRIMARY KEY (id);


--
-- Name: coach_groups coach_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.coach_groups
    ADD CONSTRAINT coach_groups_pkey PRIMARY KEY (id);


--
-- Name: coach_links coach_links_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.coach_links
    ADD CONSTRAINT coach_links_code_key UNIQUE (code);


--
-- Name: coach_links coach_links_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.coach_links
    ADD CONSTRAINT coach_links_pkey PRIMARY KEY (id);


--
-- Name: coach_notes coach_notes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.coach_notes
    ADD CONSTRAINT coach_notes_pkey PRIMARY KEY (id);


--
-- Name: group_members group_members_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.group_members
    ADD CONSTRAINT group_members_pk PRIMARY KEY (group_id, account_id);


--
-- Name: imported_movement_findings imported_movement_findings_content; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imported_movement_findings
    ADD CONSTRAINT imported_movement_findings_content UNIQUE (account_id, finding_json);


--
-- Name: imported_movement_findings imported_movement_findings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imported_movement_findings
    ADD CONSTRAINT imported_movement_findings_pkey PRIMARY KEY (id);


--
-- Name: kysely_migration kysely_migration_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.kysely_migration
    ADD CONSTRAINT kysely_migration_pkey PRIMARY KEY (name);


--
-- Name: morning_check_ins morning_check_ins_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.morning_check_ins
    ADD CONSTRAINT morning_check_ins_pk PRIMARY KEY (account_id, date);


--
-- Name: movement_screens movement_screens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.movement_screens
    ADD CONSTRAINT movement_screens_pkey PRIMARY KEY (id);


--
-- Name: pain_entries pain_entries_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pain_entries
    ADD CONSTRAINT pain_entries_pk PRIMARY KEY (account_id, id);


--
-- Name: profiles profiles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.profiles
    ADD CONSTRAINT profiles_pkey PRIMARY KEY (account_id);


--
-- Name: program_revisions program_revisions_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.program_revisions
    ADD CONSTRAINT program_revisions_pk PRIMARY KEY (program_id, revision);


--
-- Name: programs programs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programs
    ADD CONSTRAINT programs_pkey PRIMARY KEY (id);


--
-- Name: psfs_entries psfs_entries_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.psfs_entries
    ADD CONSTRAINT psfs_entries_pk PRIMARY KEY (account_id, id);


--
-- Name: session_logs session_logs_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session_logs
    ADD CONSTRAINT session_logs_pk PRIMARY KEY (account_id, id);


--
-- Name: share_links share_links_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.share_links
    ADD CONSTRAINT share_links_pkey PRIMARY KEY (id);


--
-- Name: share_links share_links_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.share_links
    ADD CONSTRAINT share_links_token_hash_key UNIQUE (token_hash);


--
-- Name: activities_account_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities_account_date ON public.activities USING btree (account_id, date);


--
-- Name: auth_sessions_account; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_sessions_account ON public.auth_sessions USING btree (account_id);


--
-- Name: check_ins_account_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX check_ins_account_date ON public.check_ins USING btree (account_id, date);


--
-- Name: coach_groups_coach; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX coach_groups_coach ON public.coach_groups USING btree (coach_id);


--
-- Name: coach_links_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX coach_links_client ON public.coach_links USING btree (client_id);


--
-- Name: coach_links_coach; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX coach_links_coach ON public.coach_links USING btree (coach_id);


--
-- Name: coach_notes_pair; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX coach_notes_pair ON public.coach_notes USING btree (coach_id, client_id);


--
-- Name: imported_movement_findings_account_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX imported_movement_findings_account_date ON public.imported_movement_findings USING btree (account_id, date);


--
-- Name: movement_screens_account; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX movement_screens_account ON public.movement_screens USING btree (account_id, recorded_at);


--
-- Name: programs_account; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programs_account ON public.programs USING btree (account_id, created_at);


--
-- Name: session_logs_account_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX session_logs_account_date ON public.session_logs USING btree (account_id, date);


--
-- Name: share_links_program; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX share_links_program ON public.share_links USING btree (program_id);


--
-- Name: activities activities_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.activities
    ADD CONSTRAINT activities_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;


--
-- Name: auth_sessions auth_sessions_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_sessions
    ADD CONSTRAINT auth_sessions_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;


--
-- Name: check_ins check_ins_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.check_ins
    ADD CONSTRAINT check_ins_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;


--
-- Name: coach_groups coach_groups_coach_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.coach_groups
    ADD CONSTRAINT coach_groups_coach_id_fkey FOREIGN KEY (coach_id) REFERENCES public.accounts(id) ON DELETE CASCADE;


--
-- Name: coach_links coach_links_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.coach_links
    ADD CONSTRAINT coach_links_client_id_fkey FOREIGN KEY (client_id) REFERENCES public.accounts(id) ON DELETE CASCADE;


--
-- Name: coach_links coach_links_coach_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.coach_links
    ADD CONSTRAINT coach_links_coach_id_fkey FOREIGN KEY (coach_id) REFERENCES public.accounts(id) ON DELETE CASCADE;


--
-- Name: coach_notes coach_notes_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.coach_notes
    ADD CONSTRAINT coach_notes_client_id_fkey FOREIGN KEY (client_id) REFERENCES public.accounts(id) ON DELETE CASCADE;


--
-- Name: coach_notes coach_notes_coach_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.coach_notes
    ADD CONSTRAINT coach_notes_coach_id_fkey FOREIGN KEY (coach_id) REFERENCES public.accounts(id) ON DELETE CASCADE;


--
-- Name: group_members group_members_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.group_members
    ADD CONSTRAINT group_members_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;


--
-- Name: group_members group_members_group_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.group_members
    ADD CONSTRAINT group_members_group_id_fkey FOREIGN KEY (group_id) REFERENCES public.coach_groups(id) ON DELETE CASCADE;


--
-- Name: imported_movement_findings imported_movement_findings_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imported_movement_findings
    ADD CONSTRAINT imported_movement_findings_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;


--
-- Name: morning_check_ins morning_check_ins_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.morning_check_ins
    ADD CONSTRAINT morning_check_ins_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;


--
-- Name: movement_screens movement_screens_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.movement_screens
    ADD CONSTRAINT movement_screens_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;


--
-- Name: pain_entries pain_entries_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pain_entries
    ADD CONSTRAINT pain_entries_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;


--
-- Name: profiles profiles_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.profiles
    ADD CONSTRAINT profiles_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;


--
-- Name: program_revisions program_revisions_changed_by_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.program_revisions
    ADD CONSTRAINT program_revisions_changed_by_account_id_fkey FOREIGN KEY (changed_by_account_id) REFERENCES public.accounts(id) ON DELETE SET NULL;


--
-- Name: program_revisions program_revisions_program_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.program_revisions
    ADD CONSTRAINT program_revisions_program_id_fkey FOREIGN KEY (program_id) REFERENCES public.programs(id) ON DELETE CASCADE;


--
-- Name: programs programs_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programs
    ADD CONSTRAINT programs_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;


--
-- Name: programs programs_group_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programs
    ADD CONSTRAINT programs_group_id_fkey FOREIGN KEY (group_id) REFERENCES public.coach_groups(id) ON DELETE SET NULL;


--
-- Name: psfs_entries psfs_entries_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.psfs_entries
    ADD CONSTRAINT psfs_entries_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;


--
-- Name: session_logs session_logs_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session_logs
    ADD CONSTRAINT session_logs_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;


--
-- Name: session_logs session_logs_program_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session_logs
    ADD CONSTRAINT session_logs_program_id_fkey FOREIGN KEY (program_id) REFERENCES public.programs(id) ON DELETE CASCADE;


--
-- Name: share_links share_links_created_by_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.share_links
    ADD CONSTRAINT share_links_created_by_account_id_fkey FOREIGN KEY (created_by_account_id) REFERENCES public.accounts(id) ON DELETE SET NULL;


--
-- Name: share_links share_links_program_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.share_links
    ADD CONSTRAINT share_links_program_id_fkey FOREIGN KEY (program_id) REFERENCES public.programs(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict V2XZVPffOG77d50tzlAVGNlaxXCfV2aHbBLKAAo8HCBr4x2RFMDCQBRkIUwOrLG

