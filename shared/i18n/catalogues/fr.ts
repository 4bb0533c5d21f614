import type { Catalogue } from '../messages.ts';

export const fr: Catalogue = {
  'app.openingLibrary': 'Ouverture de votre bibliothèque…',
  'settings.language': 'Langue',
  'settings.languageHint': 'La langue des menus, des boutons et des messages. Chaque document garde sa propre langue.',
  'role.owner': 'Propriétaire',
  'role.editor': 'Rédacteur',
  'role.commenter': 'Commentateur',
  'role.viewer': 'Lecteur',
  'role.denied.viewer': 'Les lecteurs peuvent lire et exporter ; demandez à un rédacteur d’apporter les modifications.',
  'role.denied.commenter.editText':
    'Les commentateurs peuvent suggérer et commenter ; demandez à un rédacteur de modifier directement le texte.',
  'role.denied.commenter.editTitle':
    'Les commentateurs peuvent suggérer et commenter ; demandez à un rédacteur de changer le titre.',
  'role.denied.commenter.editSettings':
    'Les commentateurs peuvent suggérer et commenter ; demandez à un rédacteur de changer les paramètres du document.',
  'role.denied.commenter.changeStatus':
    'Les commentateurs peuvent suggérer et commenter ; demandez à un rédacteur de changer le statut.',
  'role.denied.commenter.saveVersion':
    'Les commentateurs peuvent suggérer et commenter ; demandez à un rédacteur d’enregistrer ou de restaurer des versions.',
  'role.denied.commenter.recordSignOn':
    'Les commentateurs peuvent suggérer et commenter ; demandez à un rédacteur d’enregistrer les signatures.',
  'role.denied.commenter.editLibrary':
    'Les commentateurs peuvent suggérer et commenter ; demandez à un rédacteur d’ajouter, de renommer ou de supprimer des documents.',
  'role.denied.share':
    'Seuls les propriétaires de l’espace de travail peuvent inviter des personnes et changer leurs rôles.',
  'role.locked.final': 'Ce document est définitif ; un rédacteur doit le rouvrir avant toute modification.',
  'role.locked.submitted': 'Ce document a été soumis ; un rédacteur doit le rouvrir avant toute modification.',
};
