/** "Forgot password?" and invitations by email (decision 0420): the account mail area's interface text. */
export const accountMailEn = {
  mail: {
    forgotLink: "Forgot password?",
    forgotAskAdmin: "Forgot your password? Ask the clinic that runs this HipCheck for a reset link.",
    forgotTitle: "Forgot password",
    forgotIntro:
      "Type the email of your account: a link to choose a new password goes there. It works once, within one hour.",
    forgotSubmit: "Send the link",
    forgotSent:
      "If an account has this address, a link is on its way. Look in your inbox (and in spam): the link works once, within one hour.",
    forgotOff: "This HipCheck sends no email: ask the clinic that runs it for a reset link.",
    backToSignIn: "Back to sign-in",
    welcomeTitle: "Choose your password",
    welcomeIntro:
      "Welcome to HipCheck. Choose the password of your account; you then sign in with your email and this password.",
    inviteByEmail: "Or send a new code by email",
    inviteEmail: "Their email",
    inviteLanguage: "Language of the mail",
    inviteSend: "Send the invitation",
    inviteSent: "Invitation sent to {{email}}. Its code is in the list below.",
    languageEn: "English",
    languageFr: "Français",
    adminInviteTitle: "Invite a person who has no coach",
    adminInviteIntro:
      "Their account is made now; the mail carries a link, valid for 7 days, with which they choose their password.",
    adminInviteSent: "Invitation sent to {{email}}; the link works until {{date}}.",
    adminInviteOff:
      "This HipCheck sends no email. On the server, run “hipcheck admin invite EMAIL”: it prints a link to hand over.",
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const accountMailFr: Widen<typeof accountMailEn> = {
  mail: {
    forgotLink: "Mot de passe oublié\u00a0?",
    forgotAskAdmin:
      "Mot de passe oublié\u00a0? Demandez un lien de réinitialisation au cabinet qui héberge ce HipCheck.",
    forgotTitle: "Mot de passe oublié",
    forgotIntro:
      "Saisissez l’adresse e-mail de votre compte\u00a0: un lien pour choisir un nouveau mot de passe y sera envoyé. Il fonctionne une seule fois, pendant une heure.",
    forgotSubmit: "Envoyer le lien",
    forgotSent:
      "Si un compte existe avec cette adresse, un lien est en route. Regardez dans votre boîte de réception (et dans les indésirables)\u00a0: le lien fonctionne une seule fois, pendant une heure.",
    forgotOff:
      "Ce HipCheck n’envoie pas d’e-mails\u00a0: demandez un lien de réinitialisation au cabinet qui l’héberge.",
    backToSignIn: "Retour à la connexion",
    welcomeTitle: "Choisir votre mot de passe",
    welcomeIntro:
      "Bienvenue sur HipCheck. Choisissez le mot de passe de votre compte\u00a0; vous vous connecterez ensuite avec votre adresse e-mail et ce mot de passe.",
    inviteByEmail: "Ou envoyer un nouveau code par e-mail",
    inviteEmail: "Son adresse e-mail",
    inviteLanguage: "Langue du message",
    inviteSend: "Envoyer l’invitation",
    inviteSent: "Invitation envoyée à {{email}}. Son code figure dans la liste ci-dessous.",
    languageEn: "English",
    languageFr: "Français",
    adminInviteTitle: "Inviter une personne qui n’a pas de coach",
    adminInviteIntro:
      "Son compte est créé tout de suite\u00a0; le message contient un lien, valable 7 jours, pour choisir son mot de passe.",
    adminInviteSent: "Invitation envoyée à {{email}}\u00a0; le lien fonctionne jusqu’au {{date}}.",
    adminInviteOff:
      "Ce HipCheck n’envoie pas d’e-mails. Sur le serveur, lancez «\u00a0hipcheck admin invite ADRESSE\u00a0»\u00a0: la commande affiche un lien à transmettre.",
  },
};
