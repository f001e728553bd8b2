/** Two-step sign-in (decisions 0430–0433): the settings section and the sign-in's second step. */
export const twoStepEn = {
  twoStep: {
    title: "Two-step sign-in",
    intro:
      "After your password, HipCheck also asks for a code from an authenticator app on your phone (for example Aegis, FreeOTP, Google Authenticator or Microsoft Authenticator). Someone who learns your password still cannot get in.",
    offeredToCoaches:
      "You see many people's health data: we recommend two-step sign-in for every coach account.",
    requiredForAdmins: "Admin accounts must use two-step sign-in. Set it up here before managing accounts.",
    on: "Two-step sign-in is on since {{date}}. Recovery codes left: {{count}}.",
    off: "Two-step sign-in is off.",
    start: "Set up two-step sign-in",
    scan: "1. Scan this code with your authenticator app, or type the key below into it.",
    qrAlt: "QR code to add HipCheck to an authenticator app",
    secretLabel: "Key to type in by hand:",
    codeLabel: "2. Code shown by the app (6 digits)",
    confirm: "Turn on two-step sign-in",
    recoveryTitle: "Your recovery codes",
    recoveryIntro:
      "Each code lets you in once if you lose your phone. Print them or write them down and keep them somewhere safe: they are shown only now.",
    recoveryDone: "I have kept my recovery codes",
    proofLabel: "Your password",
    regenerate: "New recovery codes (the old ones stop working)",
    disable: "Turn off two-step sign-in",
    adminKeepsOn: "Admins keep two-step sign-in on. If you lose your phone, use a recovery code.",
    turnedOff: "Two-step sign-in is off.",
    secondStepTitle: "Code from your authenticator app",
    secondStepIntro:
      "Your password is right. Enter the 6-digit code your authenticator app shows for HipCheck, or one of your recovery codes.",
    secondStepCode: "Code or recovery code",
    secondStepSubmit: "Sign in",
    wrongCode: "This code is not right, or was already used. Enter the code shown now, or a recovery code.",
    expired: "This sign-in waited too long for its code. Enter your email and password again.",
    tooManyTries: "Too many wrong codes for this account. Wait a few minutes, then try again.",
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const twoStepFr: Widen<typeof twoStepEn> = {
  twoStep: {
    title: "Connexion en deux étapes",
    intro:
      "Après votre mot de passe, HipCheck demande aussi un code venant d’une application d’authentification sur votre téléphone (par exemple Aegis, FreeOTP, Google Authenticator ou Microsoft Authenticator). Quelqu’un qui connaît votre mot de passe ne peut toujours pas entrer.",
    offeredToCoaches:
      "Vous voyez les données de santé de nombreuses personnes\u00a0: nous recommandons la connexion en deux étapes pour chaque compte de coach.",
    requiredForAdmins:
      "Les comptes administrateur doivent utiliser la connexion en deux étapes. Activez-la ici avant de gérer les comptes.",
    on: "Connexion en deux étapes activée depuis le {{date}}. Codes de secours restants\u00a0: {{count}}.",
    off: "La connexion en deux étapes est désactivée.",
    start: "Activer la connexion en deux étapes",
    scan: "1. Scannez ce code avec votre application d’authentification, ou saisissez-y la clé ci-dessous.",
    qrAlt: "QR code pour ajouter HipCheck à une application d’authentification",
    secretLabel: "Clé à saisir à la main\u00a0:",
    codeLabel: "2. Code affiché par l’application (6 chiffres)",
    confirm: "Activer la connexion en deux étapes",
    recoveryTitle: "Vos codes de secours",
    recoveryIntro:
      "Chaque code vous permet d’entrer une fois si vous perdez votre téléphone. Imprimez-les ou notez-les et gardez-les en lieu sûr\u00a0: ils ne s’affichent que maintenant.",
    recoveryDone: "J’ai gardé mes codes de secours",
    proofLabel: "Votre mot de passe",
    regenerate: "Nouveaux codes de secours (les anciens ne marchent plus)",
    disable: "Désactiver la connexion en deux étapes",
    adminKeepsOn:
      "Les administrateurs gardent la connexion en deux étapes. Si vous perdez votre téléphone, utilisez un code de secours.",
    turnedOff: "La connexion en deux étapes est désactivée.",
    secondStepTitle: "Code de votre application d’authentification",
    secondStepIntro:
      "Votre mot de passe est juste. Saisissez le code à 6 chiffres que votre application affiche pour HipCheck, ou l’un de vos codes de secours.",
    secondStepCode: "Code ou code de secours",
    secondStepSubmit: "Se connecter",
    wrongCode:
      "Ce code n’est pas le bon, ou a déjà servi. Saisissez le code affiché maintenant, ou un code de secours.",
    expired:
      "Cette connexion a attendu son code trop longtemps. Saisissez à nouveau votre e-mail et votre mot de passe.",
    tooManyTries: "Trop de codes erronés pour ce compte. Attendez quelques minutes, puis réessayez.",
  },
};
