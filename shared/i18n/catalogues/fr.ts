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
  'sync.local': 'Enregistré sur cet ordinateur (pas de relais connecté)',
  'sync.offline': 'Hors ligne : modifications conservées sur cet ordinateur',
  'sync.offlineWaiting':
    'Hors ligne : {count, plural, one {# modification conservée} other {# modifications conservées}} sur cet ordinateur',
  'sync.connecting': 'Connexion…',
  'sync.reconnecting': 'Reconnexion dans {seconds} s',
  'sync.online': 'En ligne : toutes les modifications sont enregistrées',
  'sync.waiting': 'En ligne : {count, plural, one {# modification en attente} other {# modifications en attente}}',
  'sync.docsWaiting': 'En ligne : {count, plural, one {# document en attente} other {# documents en attente}}',
  'sync.offlineDocs':
    'Hors ligne : {count, plural, one {# document modifié conservé} other {# documents modifiés conservés}} sur cet ordinateur',
  'sync.recovering': 'Mise de côté d’une modification refusée…',
  'sync.refusedShort': 'Refusé : {reason}',
  'relay.refused': 'Refusé : {reason} — {todo}',
  'relay.reason.unauthorized': 'votre invitation n’est plus valable (elle a expiré ou a été révoquée)',
  'relay.todo.unauthorized': 'demandez une nouvelle invitation au propriétaire de l’espace de travail',
  'relay.reason.forbidden':
    'cette invitation concerne un autre espace de travail, ou cette page n’a pas le droit de se connecter au relais',
  'relay.todo.forbidden': 'ouvrez à nouveau le lien d’invitation que vous avez reçu',
  'relay.reason.malformed': 'le relais n’a pas pu lire ce que cette application a envoyé',
  'relay.todo.malformed': 'vérifiez l’adresse du relais ou mettez l’application à jour',
  'relay.reason.frameTooLarge': 'une modification était trop volumineuse pour le relais',
  'relay.todo.frameTooLarge': 'collez-la ou importez-la en plusieurs parties',
  'relay.reason.documentTooLarge': 'le document a atteint la taille maximale du relais',
  'relay.todo.documentTooLarge': 'demandez à l’administrateur du relais de l’augmenter, ou divisez le document',
  'relay.reason.other': 'le relais a fermé la connexion (code {code})',
  'relay.todo.other': 'réessayez plus tard ; vos modifications sont conservées sur cet ordinateur',
  'relay.reason.others': 'vous ne pouvez modifier que vos propres commentaires et votre propre nom',
  'relay.reason.invalid': 'le relais n’a pas pu accepter une modification de cette application',
  'relay.todo.setAside': 'la modification a été mise de côté ; ce que vous faites ensuite est partagé comme d’habitude',
  'relay.libraryDeclined': 'Vos modifications de la bibliothèque n’ont pas été partagées : {reason}',
  'notice.dismiss': 'Fermer',
  'notice.region': 'Messages de connexion',
  'setAside.region': 'Modifications non partagées',
  'setAside.heading': 'Non partagé : {reason}',
  'setAside.intro':
    'Le relais a refusé ces modifications. Elles ont été mises de côté sur cet ordinateur et ne seront pas envoyées ; le document montre ce que le relais a accepté. Copiez-les pour les garder, par exemple pour les transmettre à un rédacteur.',
  'setAside.title': 'Titre : {text}',
  'setAside.setting': 'Paramètre {name} : {value}',
  'setAside.text': 'Texte : {text}',
  'setAside.removed': 'Texte supprimé : {text}',
  'setAside.comment': 'Commentaire : {text}',
  'setAside.commentKept': 'Commentaire, renvoyé : {text}',
  'setAside.other': 'Modifications de « {name} »',
  'setAside.copy': 'Copier',
  'setAside.copied': 'Copié',
  'export.printDialog':
    'Choisissez « Enregistrer au format PDF » dans la fenêtre d’impression pour enregistrer le PDF.',
};
