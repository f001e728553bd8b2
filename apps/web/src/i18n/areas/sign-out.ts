/** Signing out on a device that still holds entries not sent yet (`features/account/sign-out-button.tsx`, 0720). */
export const signOutEn = {
  signOut: {
    unsentTitle_one: "{{count}} entry made on this device is not sent yet",
    unsentTitle_other: "{{count}} entries made on this device are not sent yet",
    unsentBody_one:
      "Signing out removes from this device everything it keeps for your account, this entry too: it would be lost. Send it first.",
    unsentBody_other:
      "Signing out removes from this device everything it keeps for your account, these entries too: they would be lost. Send them first.",
    offline: "This device is offline: they can be sent once it is back online.",
    sendFirst: "Send, then sign out",
    cancel: "Stay signed in",
    loseConfirm_one: "I understand that this entry will be lost.",
    loseConfirm_other: "I understand that these entries will be lost.",
    anyway: "Sign out anyway",
    sessionTitle: "A session in progress on this device is not saved",
    sessionBody:
      "Your session of {{day}} is not finished: signing out removes it from this device, with what you logged in it. Finish or save it first.",
    sessionOpen: "Open the session",
    sessionLoseConfirm: "I understand that the session in progress will be lost.",
    allLoseConfirm: "I understand that these entries and the session in progress will be lost.",
  },
};

export const signOutFr: typeof signOutEn = {
  signOut: {
    unsentTitle_one: "{{count}} saisie faite sur cet appareil n’est pas encore envoyée",
    unsentTitle_other: "{{count}} saisies faites sur cet appareil ne sont pas encore envoyées",
    unsentBody_one:
      "Se déconnecter efface de cet appareil tout ce qu’il garde pour votre compte, cette saisie aussi\u00a0: elle serait perdue. Envoyez-la d’abord.",
    unsentBody_other:
      "Se déconnecter efface de cet appareil tout ce qu’il garde pour votre compte, ces saisies aussi\u00a0: elles seraient perdues. Envoyez-les d’abord.",
    offline: "Cet appareil est hors ligne\u00a0: elles pourront être envoyées une fois la connexion revenue.",
    sendFirst: "Envoyer, puis se déconnecter",
    cancel: "Rester connecté",
    loseConfirm_one: "Je comprends que cette saisie sera perdue.",
    loseConfirm_other: "Je comprends que ces saisies seront perdues.",
    anyway: "Se déconnecter quand même",
    sessionTitle: "Une séance en cours sur cet appareil n’est pas enregistrée",
    sessionBody:
      "Votre séance du {{day}} n’est pas terminée\u00a0: se déconnecter l’efface de cet appareil, avec ce que vous y avez noté. Terminez-la ou enregistrez-la d’abord.",
    sessionOpen: "Ouvrir la séance",
    sessionLoseConfirm: "Je comprends que la séance en cours sera perdue.",
    allLoseConfirm: "Je comprends que ces saisies et la séance en cours seront perdues.",
  },
};
