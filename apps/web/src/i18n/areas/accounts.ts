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
    displayNameRule: "A name has 1 to 60 characters: letters, digits, spaces and punctuation, no line breaks.",
    signedInAsNamed: "Signed in as {{name}} ({{email}})",
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
  },
};
