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
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const accountsFr: Widen<typeof accountsEn> = {
  accounts: {
    displayNameTitle: "Votre nom pour votre coach ou vos clients",
    displayNameIntro:
      "Votre coach ou vos clients voient ce nom à la place de votre adresse e-mail. Laissez-le vide pour montrer votre adresse.",
    displayName: "Nom affiché (facultatif)",
    displayNameHint: "Jusqu'à 60 caractères\u00a0: lettres, chiffres, espaces et ponctuation.",
    saveDisplayName: "Enregistrer le nom",
    displayNameSaved: "Nom enregistré.",
    displayNameCleared: "Nom retiré\u00a0: votre adresse e-mail est affichée à la place.",
    displayNameRule:
      "Un nom compte de 1 à 60 caractères\u00a0: lettres, chiffres, espaces et ponctuation, sans retour à la ligne.",
    signedInAsNamed: "Connecté en tant que {{name}} ({{email}})",
    inviteOnly:
      "Ce HipCheck est ouvert sur invitation uniquement\u00a0: il vous faut le code d'invitation donné par votre coach. Si vous n'avez pas de coach, demandez un compte au cabinet qui l'héberge.",
    invitationCode: "Code d'invitation de votre coach",
    invitationCodeHint: "Par exemple HIP-7KQ2-MX4D\u00a0; majuscules et espaces n'ont pas d'importance.",
    inviteOnlyRefused: "Sans le code d'invitation de votre coach, aucun compte ne peut être créé ici.",
    invitationCodeInvalid:
      "Ce code d'invitation n'est pas valable (déjà utilisé, retiré ou expiré)\u00a0: demandez-en un nouveau à votre coach.",
  },
};
