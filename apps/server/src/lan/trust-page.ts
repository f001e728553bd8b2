/**
 * `/lan`: how to make a phone trust this installation's certificate authority, for iOS and Android, in English
 * and French, with the authority's certificate to download (decision 0392). Served only by `hipcheck serve --lan`.
 */
import type { Lang } from "@hipcheck/core";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { LocalAuthority } from "./local-authority.js";

export const TRUST_PAGE_PATH = "/lan";
export const CA_CERT_DER_PATH = "/lan/hipcheck-ca.crt";
export const CA_CERT_PEM_PATH = "/lan/hipcheck-ca.pem";

type TrustPageText = {
  readonly title: string;
  readonly intro: string;
  readonly fingerprint: string;
  readonly download: string;
  readonly downloadPem: string;
  readonly iosTitle: string;
  readonly iosSteps: readonly string[];
  readonly androidTitle: string;
  readonly androidSteps: readonly string[];
  readonly limitsTitle: string;
  readonly limits: readonly string[];
  readonly open: string;
  readonly otherLanguage: string;
};

const TEXT: Record<Lang, TrustPageText> = {
  en: {
    title: "Trust this HipCheck server on your phone",
    intro:
      "This server made its own small certificate authority. Until your phone trusts it, the browser warns that the connection is not private, and HipCheck cannot be installed or work offline. Do this once per phone; the authority stays the same when the server restarts.",
    fingerprint: "The certificate's SHA-256 fingerprint (compare it with the one the server printed):",
    download: "Download the certificate (hipcheck-ca.crt)",
    downloadPem: "Same certificate in PEM form",
    iosTitle: "iPhone and iPad (Safari)",
    iosSteps: [
      "Open this page in Safari and tap the download link above; allow the configuration profile to download.",
      "Open Settings › General › VPN & Device Management, tap the HipCheck profile and tap Install.",
      "Open Settings › General › About › Certificate Trust Settings and switch on full trust for the HipCheck local authority.",
      "Come back to this page and open HipCheck: the padlock shows without a warning.",
    ],
    androidTitle: "Android (Chrome)",
    androidSteps: [
      "Tap the download link above.",
      "Open Settings › Security › More security settings › Encryption & credentials › Install a certificate › CA certificate (the words vary a little between phones; search the settings for “CA certificate”).",
      "Confirm, choose hipcheck-ca.crt from Downloads, and unlock the phone when asked.",
      "Close Chrome completely, open it again and open HipCheck.",
    ],
    limitsTitle: "What does not work on such a certificate",
    limits: [
      "Before the phone trusts the authority, you can go past the warning and the pages load, but Chrome refuses the service worker on a certificate it does not trust: no installing the app, no offline use, no reminders.",
      "Firefox for Android ignores certificates you install unless its hidden setting “Use third party CA certificates” is on; use Chrome or Safari.",
      "The certificate names this machine's address on this network. If the router gives the machine another address, start the server again: it issues a new certificate from the same authority (nothing to install again), but the app installed from the old address must be opened from the new one. A fixed address for this machine in the router avoids it.",
      "Reminders on an iPhone need HipCheck added to the Home Screen (Share › Add to Home Screen), as on any server.",
      "This is for a trial on one network. For clients who train at home, put HipCheck on a domain with a real certificate (the README's “A server on a domain”).",
      "Whoever holds this server's data folder could use the authority to impersonate other sites to the phones that trust it: keep the folder private, and remove the profile or certificate from the phone when the trial ends.",
    ],
    open: "Open HipCheck",
    otherLanguage: "Version française",
  },
  fr: {
    title: "Faire confiance à ce serveur HipCheck sur votre téléphone",
    intro:
      "Ce serveur a créé sa propre petite autorité de certification. Tant que votre téléphone ne lui fait pas confiance, le navigateur prévient que la connexion n’est pas privée, et HipCheck ne peut ni s’installer ni fonctionner hors ligne. À faire une fois par téléphone\u00a0; l’autorité reste la même quand le serveur redémarre.",
    fingerprint: "Empreinte SHA-256 du certificat (comparez-la à celle qu’affiche le serveur)\u00a0:",
    download: "Télécharger le certificat (hipcheck-ca.crt)",
    downloadPem: "Le même certificat au format PEM",
    iosTitle: "iPhone et iPad (Safari)",
    iosSteps: [
      "Ouvrez cette page dans Safari et touchez le lien de téléchargement ci-dessus\u00a0; autorisez le téléchargement du profil de configuration.",
      "Ouvrez Réglages › Général › VPN et gestion de l’appareil, touchez le profil HipCheck puis Installer.",
      "Ouvrez Réglages › Général › Informations › Réglages des certificats et activez la confiance totale pour l’autorité locale HipCheck.",
      "Revenez sur cette page et ouvrez HipCheck\u00a0: le cadenas s’affiche sans avertissement.",
    ],
    androidTitle: "Android (Chrome)",
    androidSteps: [
      "Touchez le lien de téléchargement ci-dessus.",
      "Ouvrez Paramètres › Sécurité › Autres paramètres de sécurité › Chiffrement et identifiants › Installer un certificat › Certificat CA (les termes varient un peu selon les téléphones\u00a0; cherchez «\u00a0certificat CA\u00a0» dans les paramètres).",
      "Confirmez, choisissez hipcheck-ca.crt dans Téléchargements et déverrouillez le téléphone si on vous le demande.",
      "Fermez complètement Chrome, rouvrez-le et ouvrez HipCheck.",
    ],
    limitsTitle: "Ce qui ne fonctionne pas avec un tel certificat",
    limits: [
      "Tant que le téléphone ne fait pas confiance à l’autorité, vous pouvez passer l’avertissement et les pages s’affichent, mais Chrome refuse le service worker sur un certificat non reconnu\u00a0: pas d’installation de l’application, pas d’utilisation hors ligne, pas de rappels.",
      "Firefox pour Android ignore les certificats que vous installez, sauf si son réglage caché «\u00a0Use third party CA certificates\u00a0» est activé\u00a0; utilisez Chrome ou Safari.",
      "Le certificat porte l’adresse de cette machine sur ce réseau. Si la box lui donne une autre adresse, relancez le serveur\u00a0: il émet un nouveau certificat de la même autorité (rien à réinstaller), mais l’application installée depuis l’ancienne adresse doit être rouverte depuis la nouvelle. Une adresse fixe pour cette machine dans la box l’évite.",
      "Sur iPhone, les rappels exigent d’ajouter HipCheck à l’écran d’accueil (Partager › Sur l’écran d’accueil), comme avec tout serveur.",
      "C’est fait pour un essai sur un seul réseau. Pour des patients qui s’entraînent chez eux, mettez HipCheck sur un nom de domaine avec un vrai certificat (la partie «\u00a0Un serveur sur un nom de domaine\u00a0» du README).",
      "Qui détient le dossier de données de ce serveur pourrait se servir de l’autorité pour usurper d’autres sites auprès des téléphones qui lui font confiance\u00a0: gardez ce dossier privé, et retirez le profil ou le certificat du téléphone à la fin de l’essai.",
    ],
    open: "Ouvrir HipCheck",
    otherLanguage: "English version",
  },
};

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** `?lang=fr` or `?lang=en` first, then the browser's first choice; English otherwise. */
export function trustPageLanguage(query: unknown, acceptLanguage: string | undefined): Lang {
  const asked = (query as { lang?: unknown } | undefined)?.lang;
  if (asked === "fr" || asked === "en") return asked;
  return /^\s*fr\b/i.test(acceptLanguage ?? "") ? "fr" : "en";
}

export function renderTrustPage(language: Lang, caFingerprintSha256: string): string {
  const text = TEXT[language];
  const list = (items: readonly string[]) =>
    `<ol>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ol>`;
  const other = language === "fr" ? "en" : "fr";
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem;line-height:1.5}code{word-break:break-all}a.button{display:inline-block;padding:.6rem 1rem;border-radius:.4rem;background:#1f5f8b;color:#fff;text-decoration:none}</style>
</head>
<body>
<p><a href="${TRUST_PAGE_PATH}?lang=${other}" hreflang="${other}">${escapeHtml(text.otherLanguage)}</a></p>
<h1>${escapeHtml(text.title)}</h1>
<p>${escapeHtml(text.intro)}</p>
<p><a class="button" href="${CA_CERT_DER_PATH}" download="hipcheck-ca.crt">${escapeHtml(text.download)}</a>
 <a href="${CA_CERT_PEM_PATH}" download="hipcheck-ca.pem">${escapeHtml(text.downloadPem)}</a></p>
<p>${escapeHtml(text.fingerprint)}<br><code>${escapeHtml(caFingerprintSha256)}</code></p>
<h2>${escapeHtml(text.iosTitle)}</h2>
${list(text.iosSteps)}
<h2>${escapeHtml(text.androidTitle)}</h2>
${list(text.androidSteps)}
<h2>${escapeHtml(text.limitsTitle)}</h2>
<ul>${text.limits.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>
<p><a class="button" href="/">${escapeHtml(text.open)}</a></p>
</body>
</html>
`;
}

function languageOf(request: FastifyRequest): Lang {
  return trustPageLanguage(request.query, request.headers["accept-language"]);
}

export function registerTrustPage(app: FastifyInstance, authority: LocalAuthority): void {
  app.get(TRUST_PAGE_PATH, (request, reply) =>
    reply
      .type("text/html; charset=utf-8")
      .header("cache-control", "no-store")
      .send(renderTrustPage(languageOf(request), authority.caFingerprintSha256)),
  );
  // DER with this type is what Safari offers to install as a profile and what Android's installer reads.
  app.get(CA_CERT_DER_PATH, (_request, reply) =>
    reply
      .type("application/x-x509-ca-cert")
      .header("content-disposition", 'attachment; filename="hipcheck-ca.crt"')
      .send(Buffer.from(authority.caCertDer)),
  );
  app.get(CA_CERT_PEM_PATH, (_request, reply) =>
    reply
      .type("application/x-pem-file")
      .header("content-disposition", 'attachment; filename="hipcheck-ca.pem"')
      .send(authority.caCertPem),
  );
}
