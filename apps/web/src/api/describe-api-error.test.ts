import type { ApiError } from "@hipcheck/contracts";
import { ERROR_TABLE } from "@hipcheck/contracts";
import { ERROR_KINDS } from "@hipcheck/core";
import i18next from "i18next";
import type { i18n as I18n } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { messagesEn } from "../i18n/messages-en.js";
import { messagesFr } from "../i18n/messages-fr.js";
import { describeApiError } from "./describe-api-error.js";

const interfaces: Record<"en" | "fr", I18n> = { en: i18next.createInstance(), fr: i18next.createInstance() };

beforeAll(async () => {
  for (const [lng, instance] of Object.entries(interfaces)) {
    await instance.init({
      lng,
      resources: { en: { translation: messagesEn }, fr: { translation: messagesFr } },
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
  }
});

function apiError(kind: ApiError["kind"], message: string, field?: string): ApiError {
  const status = kind === "internal" ? 500 : ERROR_TABLE[kind].httpStatus;
  return field === undefined ? { kind, message, status } : { kind, message, field, status };
}

const OFFLINE: ApiError = {
  kind: "internal",
  message: "Could not reach the HipCheck server at : TypeError: Failed to fetch",
  status: 0,
};

describe("an API error in French", () => {
  it("is a French sentence for every kind, with the server's English kept as the detail", () => {
    for (const kind of [...ERROR_KINDS, "internal"] as const) {
      const error = apiError(kind, `The server's words about ${kind}.`);
      const described = describeApiError(error, interfaces.fr);
      expect(described.text).toBe(messagesFr.errors.kind[kind]);
      expect(described.detail).toBe(error.message);
    }
  });

  it("names the field at fault when the server names one", () => {
    const error = apiError("invalid-input", '"painNow": Too big: expected number to be <=10.', "painNow");
    expect(describeApiError(error, interfaces.fr).text).toBe(
      "Vérifiez «\u00a0painNow\u00a0»\u00a0: sa valeur n’est pas acceptée.",
    );
  });

  it("tells Amira her email or password is wrong at sign-in, not that she is unauthenticated", () => {
    const error = apiError("unauthenticated", "Email or password is not right.");
    expect(describeApiError(error, interfaces.fr, "sign-in")).toEqual({
      text: "L’adresse e-mail ou le mot de passe n’est pas le bon.",
      detail: "Email or password is not right.",
    });
  });

  it("tells Inès at sign-up that her email already has an account", () => {
    const error = apiError(
      "conflict",
      "An account with this email already exists: sign in instead.",
      "email",
    );
    expect(describeApiError(error, interfaces.fr, "sign-up").text).toBe(messagesFr.errors.signUp.emailTaken);
  });

  it("falls back to the kind's sentence when the page's own sentences do not fit the field", () => {
    const error = apiError("conflict", "Something else clashed.", "id");
    expect(describeApiError(error, interfaces.fr, "sign-up").text).toBe(messagesFr.errors.kind.conflict);
  });

  it("tells Noor her photo renamed .fit could not be read as an activity file", () => {
    const error = apiError(
      "unsupported-media",
      "ride.fit: This is not a FIT file (it may be a photo or another file renamed .fit).",
    );
    expect(describeApiError(error, interfaces.fr, "activity-import")).toEqual({
      text: "Ce fichier n’a pas pu être lu comme un fichier FIT, GPX ou TCX.",
      detail: error.message,
    });
  });

  it("says there is no connection when the server could not be reached", () => {
    expect(describeApiError(OFFLINE, interfaces.fr).text).toBe(messagesFr.errors.offline);
    expect(describeApiError(OFFLINE, interfaces.fr, "download").text).toBe(
      messagesFr.sharing.downloadOffline,
    );
  });
});

describe("an API error in English", () => {
  it("keeps the server's own sentence where it is written for the person", () => {
    const error = apiError("invalid-input", "The password needs at least 8 characters.", "password");
    expect(describeApiError(error, interfaces.en)).toEqual({ text: error.message });
    const clinician = apiError("needs-clinician", "See a doctor today or tomorrow.");
    expect(describeApiError(clinician, interfaces.en)).toEqual({ text: clinician.message });
  });

  it("says it better than a technical or generic server message, and keeps that message as the detail", () => {
    const missing = apiError("not-found", "No program with this id.");
    expect(describeApiError(missing, interfaces.en)).toEqual({
      text: messagesEn.errors.kind["not-found"],
      detail: "No program with this id.",
    });
    const limited = apiError("rate-limited", "Rate limit exceeded, retry in 1 minute");
    expect(describeApiError(limited, interfaces.en).text).toBe(messagesEn.errors.kind["rate-limited"]);
    const crashed = apiError("internal", "The server answered 500 without an explanation.");
    expect(describeApiError(crashed, interfaces.en).text).toBe(messagesEn.errors.kind.internal);
    expect(describeApiError(OFFLINE, interfaces.en).text).toBe(messagesEn.errors.offline);
  });

  it("prefers the page's sentence to a schema's wording about a field it knows", () => {
    const error = apiError(
      "invalid-input",
      '"code": Too small: expected string to have >=1 characters.',
      "code",
    );
    expect(describeApiError(error, interfaces.en, "join-coach").text).toBe(
      messagesEn.errors.join.codeInvalid,
    );
  });

  it("keeps the file reader's own words about a file Noor chose", () => {
    const error = apiError(
      "unsupported-media",
      "ride.fit: This is not a FIT file (it may be a photo or another file renamed .fit).",
    );
    expect(describeApiError(error, interfaces.en, "activity-import")).toEqual({ text: error.message });
  });

  it("says a download is no longer available rather than 'No share link with this id.'", () => {
    const error = apiError("not-found", "No share link with this id.");
    expect(describeApiError(error, interfaces.en, "download").text).toBe(messagesEn.sharing.downloadMissing);
  });
});
