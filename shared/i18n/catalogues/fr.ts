import type { Catalogue } from '../messages.ts';

/**
 * Glossaire (termes officiels du Pacte, à garder tels quels) :
 * - Global Compact for Safe, Orderly and Regular Migration : Pacte mondial pour des migrations sûres, ordonnées et régulières (le Pacte)
 * - International Migration Review Forum : Forum d’examen des migrations internationales (le Forum)
 * - Progress Declaration : Déclaration sur les progrès
 * - round table : table ronde
 * - multi-stakeholder hearing : audition multipartite
 * Registre : vouvoiement ; typographie française (espace insécable avant « : ; ? ! », guillemets « »).
 */
export const fr: Catalogue = {
  'app.openingLibrary': 'Ouverture de votre bibliothèque…',
  'app.anonymousMember': 'Membre anonyme',
  'app.couldNotOpenWorkspace': 'Impossible d’ouvrir l’espace de travail : {reason}',
  'app.joinedRelay':
    'Vous avez rejoint le relais {relay} en tant que {role, select, editor {éditeur} commenter {commentateur} viewer {lecteur} other {{role}}}.',
  'settings.language': 'Langue',
  'settings.languageHint': 'La langue des menus, des boutons et des messages. Chaque document garde sa propre langue.',

  'common.cancel': 'Annuler',
  'common.save': 'Enregistrer',
  'common.close': 'Fermer',
  'common.edit': 'Modifier',
  'common.delete': 'Supprimer',
  'common.backToLibrary': 'Retour à la bibliothèque',
  'common.quoted': '« {text} »',

  'notice.label': 'Message',
  'notice.dismiss': 'Fermer le message',

  'confidence.badge': '{confidence, select, unconfirmed {non confirmé} projected {prévisionnel} other {{confidence}}}',
  'confidence.why':
    '{confidence, select, projected {Prévisionnel : date provisoire en attendant l’annonce officielle} other {Non confirmé par une source primaire}}',
  'confidence.described': '{label} : {explanation}',

  'file.concordFilter': 'Document Concord',
  'file.importFilter': 'Word ou Markdown',
  'file.saveCopyTitle': 'Enregistrer une copie au format Concord',
  'file.openTitle': 'Ouvrir un document Concord',
  'file.importTitle': 'Importer un fichier Word ou Markdown',
  'file.savedTo': 'Enregistré dans {location}.',
  'file.couldNotSave': 'Impossible d’enregistrer le fichier : {reason}',
  'file.merged': 'Le fichier a été fusionné avec « {title} », déjà présent dans votre bibliothèque.',
  'file.opened': 'Document « {title} » ouvert.',
  'file.couldNotOpen': 'Impossible d’ouvrir le fichier : {reason}',
  'file.imported': '{name} importé. {report}',
  'file.couldNotImport': 'Impossible d’importer le fichier : {reason}',
  'error.fileTooLarge': '{name} est trop volumineux pour être ouvert.',

  'import.nothingDropped': 'Rien n’a été omis.',
  'import.droppedReport': 'Éléments omis : {items}.',
  'import.wrongType': '{name} n’est ni un fichier Word (.docx) ni un fichier Markdown (.md).',
  'import.dropped.image': '{count, plural, one {# image} other {# images}}',
  'import.dropped.drawing': '{count, plural, one {# dessin} other {# dessins}}',
  'import.dropped.chart': '{count, plural, one {# graphique} other {# graphiques}}',
  'import.dropped.equation': '{count, plural, one {# équation} other {# équations}}',
  'import.dropped.video': '{count, plural, one {# vidéo} other {# vidéos}}',
  'import.dropped.audio': '{count, plural, one {# extrait audio} other {# extraits audio}}',
  'import.dropped.embeddedFrame': '{count, plural, one {# cadre intégré} other {# cadres intégrés}}',
  'import.dropped.embeddedObject': '{count, plural, one {# objet incorporé} other {# objets incorporés}}',
  'import.dropped.textBox': '{count, plural, one {# zone de texte} other {# zones de texte}}',
  'import.dropped.script': '{count, plural, one {# script} other {# scripts}}',
  'import.dropped.styleSheet': '{count, plural, one {# feuille de style} other {# feuilles de style}}',
  'import.dropped.form': '{count, plural, one {# formulaire} other {# formulaires}}',
  'import.dropped.formField': '{count, plural, one {# champ de formulaire} other {# champs de formulaire}}',
  'import.dropped.template': '{count, plural, one {# modèle HTML} other {# modèles HTML}}',
  'import.dropped.unsafeLink': '{count, plural, one {# lien non sûr} other {# liens non sûrs}}',
  'import.dropped.nestedTable':
    '{count, plural, one {# tableau de mise en page imbriqué} other {# tableaux de mise en page imbriqués}}',
  'import.dropped.htmlBlock': '{count, plural, one {# bloc HTML} other {# blocs HTML}}',
  'import.dropped.inlineHtml': '{count, plural, one {# balise HTML en ligne} other {# balises HTML en ligne}}',
  'import.dropped.comment': '{count, plural, one {# commentaire} other {# commentaires}}',
  'import.dropped.trackedTableRow':
    '{count, plural, one {# modification suivie de ligne de tableau} other {# modifications suivies de lignes de tableau}}',
  'import.dropped.trackedTableCell':
    '{count, plural, one {# modification suivie de cellule de tableau} other {# modifications suivies de cellules de tableau}}',
  'import.dropped.trackedFormatting':
    '{count, plural, one {# modification suivie de mise en forme} other {# modifications suivies de mise en forme}}',
  'import.dropped.trackedParagraphBreak':
    '{count, plural, one {# modification suivie de marque de paragraphe} other {# modifications suivies de marques de paragraphe}}',
  'import.dropped.trackedFootnoteEdit':
    '{count, plural, one {# modification suivie de note de bas de page} other {# modifications suivies de notes de bas de page}}',

  'library.title': 'Bibliothèque',
  'library.newDocument': 'Nouveau document',
  'library.newFromTemplate': 'Nouveau à partir d’un modèle…',
  'library.openFile': 'Ouvrir un fichier…',
  'library.import': 'Importer Word ou Markdown…',
  'library.roadmap': 'Feuille de route',
  'library.coverage': 'Couverture',
  'library.trash': 'Corbeille',
  'library.milestone': 'Jalon',
  'library.allMilestones': 'Tous',
  'library.sortBy': 'Trier par',
  'library.lastEdited': 'Dernière modification',
  'library.deadline': 'Échéance',
  'library.empty': 'Aucun document pour l’instant. Créez-en un ou ouvrez un fichier .concord.',
  'library.documents': 'Documents',
  'library.columnTitle': 'Titre',
  'library.words': 'Mots',
  'library.actions': 'Actions',
  'library.deadlineWhen': '{date} ({relative})',
  'library.rename': 'Renommer',
  'library.renameNamed': 'Renommer {title}',
  'library.duplicate': 'Dupliquer',
  'library.duplicateNamed': 'Dupliquer {title}',
  'library.delete': 'Supprimer',
  'library.trashNamed': 'Placer {title} dans la corbeille',
  'library.movedToTrash': '« {title} » a été placé dans la corbeille. Vous pouvez l’y restaurer.',
  'library.renameTitle': 'Renommer le document',
  'library.documentTitle': 'Titre du document',
  'library.titleEmpty': 'Le titre ne peut pas être vide.',
  'library.untitled': 'Document sans titre',
  'library.importedDocument': 'Document importé',
  'library.copyOf': 'Copie de {title}',

  'trash.title': 'Corbeille',
  'trash.empty': 'Vider la corbeille',
  'trash.isEmpty': 'La corbeille est vide.',
  'trash.documents': 'Documents dans la corbeille',
  'trash.deletedOn': 'Supprimé le',
  'trash.restore': 'Restaurer',
  'trash.restoreNamed': 'Restaurer {title}',
  'trash.confirmTitle': 'Vider la corbeille ?',
  'trash.deleteForGood': 'Supprimer définitivement',
  'trash.confirmText':
    '{count, plural, one {# document sera supprimé} other {# documents seront supprimés}} définitivement de cet ordinateur. Cette action est irréversible.',
  'trash.deleted':
    '{count, plural, =0 {Aucun document supprimé.} one {# document supprimé définitivement.} other {# documents supprimés définitivement.}}',
};
