/**
 * An API failure told in the person's language. The server words its errors in English, for people and for
 * programs alike; the page shows a sentence chosen from the error's `kind` (and `field`), or a page's own
 * sentence where the page knows what went wrong better than the kind does (a wrong password at sign-in).
 *
 * In English the server's own message is shown for the kinds where the server writes it case by case for the
 * person (which field is wrong, what to do first); for the other kinds it is generic or technical ("No program
 * with this id.", a proxy's "Rate limit exceeded", a failed fetch), and the app's sentence says it better. A
 * page's own sentence beats the server's in English too (a schema's "Too small: expected string…" says less
 * than "This is not an email address."), except about a file the person chose: the reader that opened it says
 * exactly what is wrong with it ("This is not a FIT file (it may be a photo…)"). Whatever is shown, the server's
 * wording stays available as `detail`, so what a person reads never depends on English alone and the exact
 * reason is still one click away.
 */
import type { ApiError, ApiErrorKind } from "@hipcheck/contracts";
import type { i18n as I18n } from "i18next";
import { currentLang } from "../i18n/setup-i18n.js";

/** Kinds whose server message is written for the person and is shown as it is when the interface is English. */
const PRECISE_IN_ENGLISH: ReadonlySet<ApiErrorKind> = new Set<ApiErrorKind>([
  "invalid-input",
  "unauthenticated",
  "forbidden",
  "conflict",
  "needs-clinician",
  "unsupported-media",
  "unprocessable",
  "quota-exceeded",
]);

/** Where the error happened, for the pages that know better than the kind alone. */
export type ApiErrorContext =
  | "sign-in"
  | "sign-up"
  | "change-password"
  | "delete-account"
  | "join-coach"
  | "activity-import"
  | "fhir-import"
  | "download";

/** Pages about a file the person chose, whose reader's message, in English, says best what is wrong with it. */
const FILE_CONTEXTS: ReadonlySet<ApiErrorContext> = new Set<ApiErrorContext>([
  "activity-import",
  "fhir-import",
]);

type OverrideKey =
  | "errors.signIn.wrongCredentials"
  | "errors.signUp.emailTaken"
  | "errors.signUp.emailInvalid"
  | "errors.signUp.passwordRule"
  | "errors.deleteAccount.wrongPassword"
  | "errors.join.codeInvalid"
  | "errors.join.alreadyLinked"
  | "errors.activityImport.unreadable"
  | "errors.activityImport.tooLarge"
  | "errors.fhirImport.unreadable"
  | "settings.currentPasswordWrong"
  | "settings.passwordRule"
  | "settings.tooManyTries"
  | "sharing.downloadOffline"
  | "sharing.downloadMissing";

/** `offline` is a failure to reach the server at all (status 0), whatever kind it came back as. */
type Override = {
  readonly kind: ApiErrorKind | "offline";
  readonly field?: string;
  readonly key: OverrideKey;
};

/** First match wins: an override naming a field comes before the one for its whole kind. */
const OVERRIDES: Readonly<Record<ApiErrorContext, readonly Override[]>> = {
  "sign-in": [{ kind: "unauthenticated", key: "errors.signIn.wrongCredentials" }],
  "sign-up": [
    { kind: "conflict", field: "email", key: "errors.signUp.emailTaken" },
    { kind: "invalid-input", field: "email", key: "errors.signUp.emailInvalid" },
    { kind: "invalid-input", field: "password", key: "errors.signUp.passwordRule" },
  ],
  "change-password": [
    { kind: "forbidden", field: "currentPassword", key: "settings.currentPasswordWrong" },
    { kind: "invalid-input", field: "newPassword", key: "settings.passwordRule" },
    { kind: "rate-limited", key: "settings.tooManyTries" },
  ],
  "delete-account": [
    { kind: "forbidden", field: "currentPassword", key: "errors.deleteAccount.wrongPassword" },
  ],
  "join-coach": [
    { kind: "not-found", key: "errors.join.codeInvalid" },
    { kind: "invalid-input", field: "code", key: "errors.join.codeInvalid" },
    { kind: "conflict", key: "errors.join.alreadyLinked" },
  ],
  "activity-import": [
    { kind: "unsupported-media", key: "errors.activityImport.unreadable" },
    { kind: "invalid-input", key: "errors.activityImport.unreadable" },
    { kind: "unprocessable", key: "errors.activityImport.unreadable" },
    { kind: "payload-too-large", key: "errors.activityImport.tooLarge" },
  ],
  "fhir-import": [
    { kind: "invalid-input", key: "errors.fhirImport.unreadable" },
    { kind: "unprocessable", key: "errors.fhirImport.unreadable" },
  ],
  download: [
    { kind: "offline", key: "sharing.downloadOffline" },
    { kind: "not-found", key: "sharing.downloadMissing" },
  ],
};

export type ApiErrorDescription = {
  /** The sentence to show, in the language on screen. */
  readonly text: string;
  /** The server's own (English) wording, when `text` is not already it: for a "technical detail" disclosure. */
  readonly detail?: string;
};

function isOffline(error: ApiError): boolean {
  return error.status === 0;
}

function overrideFor(error: ApiError, context: ApiErrorContext | undefined): Override | undefined {
  if (context === undefined) return undefined;
  const kind = isOffline(error) ? "offline" : error.kind;
  return OVERRIDES[context].find(
    (override) => override.kind === kind && (override.field === undefined || override.field === error.field),
  );
}

function genericText(error: ApiError, i18n: I18n): string {
  if (isOffline(error)) return i18n.t("errors.offline");
  if (error.kind === "invalid-input" && error.field !== undefined) {
    return i18n.t("errors.invalidField", { field: error.field });
  }
  return i18n.t(`errors.kind.${error.kind}`);
}

/** The sentence for `error` in the interface's language, with the server's wording kept aside as `detail`. */
export function describeApiError(
  error: ApiError,
  i18n: I18n,
  context?: ApiErrorContext,
): ApiErrorDescription {
  const override = overrideFor(error, context);
  const serverSaysItBest =
    currentLang(i18n.language) === "en" &&
    !isOffline(error) &&
    PRECISE_IN_ENGLISH.has(error.kind) &&
    (override === undefined || (context !== undefined && FILE_CONTEXTS.has(context)));
  if (serverSaysItBest) return { text: error.message };
  const text = override === undefined ? genericText(error, i18n) : i18n.t(override.key);
  return text === error.message ? { text } : { text, detail: error.message };
}
