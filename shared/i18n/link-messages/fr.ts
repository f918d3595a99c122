/** French sentences of a refused emailed link (see ./index.ts). */
export const fr = {
  'link.expired': 'Ce lien a expiré.',
  'link.invalid': 'Ce lien n’est pas valide\u00a0: il est peut-être incomplet ou modifié.',
  'link.foreign': 'Ce lien concerne une autre demande.',
  'link.gone': 'Ce que ce lien ouvrait n’existe plus\u00a0: cela a été effacé ou annulé.',
  'link.outdated': 'Ce lien vient d’un ancien e-mail et ne fonctionne plus.',
  'link.todo.manage': 'Ouvrez le lien de votre dernier e-mail d’inscription tel quel. S’il ne fonctionne toujours pas, contactez les organisateurs.',
  'link.todo.answer': 'Une demande expirée ne peut plus recevoir de réponse. Ouvrez le lien du dernier e-mail concernant cette demande, ou répondez depuis «\u00a0Mes rendez-vous\u00a0» avec votre lien d’inscription.',
  'link.todo.decision': 'Ouvrez le lien du dernier e-mail concernant cette demande, ou demandez aux organisateurs de statuer depuis leur console.',
  'link.todo.pressStatus': 'Ouvrez le lien de votre dernier e-mail concernant cette demande, ou contactez les organisateurs pour connaître son état.',
  'link.todo.directory': 'Ouvrez le lien de votre dernier e-mail de l’événement, ou votre lien d’inscription, pour voir les participants.',
  'link.retry': 'Un problème est survenu de notre côté\u00a0: réessayez ce lien dans quelques minutes.',
} as const;
