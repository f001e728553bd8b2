/** Account names, invite-only sign-up and getting back in: the accounts area's interface text. */
export const accountsEn = {
  accounts: {
    displayNameTitle: "Your name for your coach or clients",
    displayNameIntro:
      "Your coach or your clients see this name in place of your email. Leave it empty to show your email.",
    displayName: "Name shown (optional)",
    displayNameHint: "Up to 60 characters: letters, digits, spaces and punctuation.",
    saveDisplayName: "Save the name",
    displayNameSaved: "Name saved.",
    displayNameCleared: "Name removed: your email is shown instead.",
    displayNameRule:
      "A name has 1 to 60 characters: letters, digits, spaces and punctuation, no line breaks.",
    signedInAsNamed: "Signed in as {{name}} ({{email}})",
    inviteOnly:
      "This HipCheck is open by invitation only: you need the invitation code your coach gave you. If you have no coach, ask the clinic that runs it for an account.",
    invitationCode: "Invitation code from your coach",
    invitationCodeHint: "For example HIP-7KQ2-MX4D; case and spaces do not matter.",
    inviteOnlyRefused: "Without your coach's invitation code, no account can be created here.",
    invitationCodeInvalid:
      "This invitation code is not valid (used, withdrawn or expired): ask your coach for a new one.",
    resetTitle: "Choose a new password",
    resetSubmit: "Save the new password",
    resetDone: "Your new password is saved. You were signed out everywhere: sign in with the new password.",
    resetNoToken:
      "This address is missing its reset code: open the whole link you were given, or ask the clinic for a new one.",
    resetLinkInvalid:
      "This reset link does not work any more (already used, replaced by a newer one, or expired): ask the clinic for a new one.",
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const accountsFr: Widen<typeof accountsEn> = {
  accounts: {
    displayNameTitle: "Votre nom pour votre coach ou vos clients",
    displayNameIntro:
      "Votre coach ou vos clients voient ce nom à la place de votre adresse e-mail. Laissez-le vide pour montrer votre adresse.",
    displayName: "Nom affiché (facultatif)",
    displayNameHint: "Jusqu’à 60 caractères\u00a0: lettres, chiffres, espaces et ponctuation.",
    saveDisplayName: "Enregistrer le nom",
    displayNameSaved: "Nom enregistré.",
    displayNameCleared: "Nom retiré\u00a0: votre adresse e-mail est affichée à la place.",
    displayNameRule:
      "Un nom compte de 1 à 60 caractères\u00a0: lettres, chiffres, espaces et ponctuation, sans retour à la ligne.",
    signedInAsNamed: "Compte\u00a0: {{name}} ({{email}})",
    inviteOnly:
      "Ce HipCheck est ouvert sur invitation uniquement\u00a0: il vous faut le code d’invitation donné par votre coach. Si vous n’avez pas de coach, demandez un compte au cabinet qui l’héberge.",
    invitationCode: "Code d’invitation de votre coach",
    invitationCodeHint: "Par exemple HIP-7KQ2-MX4D\u00a0; majuscules et espaces n’ont pas d’importance.",
    inviteOnlyRefused: "Sans le code d’invitation de votre coach, aucun compte ne peut être créé ici.",
    invitationCodeInvalid:
      "Ce code d’invitation n’est pas valable (déjà utilisé, retiré ou expiré)\u00a0: demandez-en un nouveau à votre coach.",
    resetTitle: "Choisir un nouveau mot de passe",
    resetSubmit: "Enregistrer le nouveau mot de passe",
    resetDone:
      "Votre nouveau mot de passe est enregistré. Vous avez été déconnecté partout\u00a0: connectez-vous avec le nouveau mot de passe.",
    resetNoToken:
      "Il manque le code de réinitialisation à cette adresse\u00a0: ouvrez le lien complet reçu, ou demandez-en un nouveau au cabinet.",
    resetLinkInvalid:
      "Ce lien de réinitialisation ne fonctionne plus (déjà utilisé, remplacé par un plus récent ou expiré)\u00a0: demandez-en un nouveau au cabinet.",
  },
};
