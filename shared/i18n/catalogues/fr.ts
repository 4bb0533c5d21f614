import type { Catalogue } from '../messages.ts';

export const fr: Catalogue = {
  'app.openingLibrary': 'Ouverture de votre bibliothèque…',
  'settings.language': 'Langue',
  'settings.languageHint': 'La langue des menus, des boutons et des messages. Chaque document garde sa propre langue.',
  'common.save': 'Enregistrer',
  'common.cancel': 'Annuler',

  // Images, captions and cross-references in the editor
  'image.insert': 'Insérer une image',
  'image.fileLabel': 'Fichier image',
  'image.describeTitle': 'Décrire l’image',
  'image.altLabel': 'Texte de remplacement : ce que montre l’image, pour les lecteurs qui ne peuvent pas la voir',
  'image.altHint':
    'Ne le laissez vide que pour une image purement décorative : la vérification avant l’export signale les images sans texte de remplacement.',
  'image.captionLabel': 'Légende (facultative ; numérotée comme figure)',
  'image.insertConfirm': 'Insérer',
  'image.altTitle': 'Texte de remplacement de l’image',
  'image.altShort': 'Alt',
  'image.altEdit': 'Texte de remplacement',
  'image.tools': 'Image',
  'image.alignStart': 'Aligner en début de ligne',
  'image.alignCenter': 'Centrer',
  'image.alignEnd': 'Aligner en fin de ligne',
  'image.smaller': 'Plus petite (proportions conservées)',
  'image.larger': 'Plus grande (proportions conservées)',
  'image.resize': 'Faites glisser pour redimensionner (proportions conservées)',
  'image.onItsWay': 'Image en cours d’arrivée…',
  'image.noAlt': 'Pas de texte de remplacement',
  'image.described': 'Image : {alt}',
  'image.refusedTooLarge': '{name} est trop volumineux ({size} Mo ; la limite est de {max} Mo). Rien n’a été inséré.',
  'image.refusedTooManyPixels':
    '{name} est trop grande pour être ouverte sans risque ({width} × {height} pixels ; la limite est de {max} millions de pixels). Rien n’a été inséré.',
  'image.refusedUnsupported':
    '{name} n’est pas une image que Concord peut accueillir (PNG, JPEG, GIF, WebP ou SVG). Rien n’a été inséré.',
  'image.refusedDamaged': '{name} est endommagé et illisible. Rien n’a été inséré.',
  'image.pastedName': 'L’image collée',
  'image.remoteDropped':
    '{count, plural, one {# image provenant du web a été écartée} other {# images provenant du web ont été écartées}} : Concord ne charge jamais d’image depuis une adresse web de lui-même, car une image cachée peut révéler qui a ouvert un document. Enregistrez l’image, puis insérez-la depuis le fichier.',
  'image.insertedWithoutAlt':
    '{count, plural, one {# image insérée} other {# images insérées}}. Sélectionnez chacune et choisissez « Alt » pour la décrire.',
  'image.uploadRefused':
    'Le relais a refusé une image ({reason}). Elle reste sur cet ordinateur ; les autres membres ne la verront pas tant qu’elle ne sera pas plus petite ou que l’espace de travail n’aura pas de place.',
  'caption.add': 'Ajouter une légende',
  'caption.short': 'Légende',
  'caption.addTable': 'Ajouter une légende de tableau',
  'crossRef.insert': 'Insérer un renvoi vers une figure ou un tableau',
  'crossRef.short': 'Voir…',
  'crossRef.title': 'Renvoyer à une figure ou à un tableau',
  'crossRef.choose': 'Figure ou tableau',
  'crossRef.none':
    'Ce document n’a encore aucune figure ni aucun tableau légendé : ajoutez d’abord une légende à une image ou à un tableau.',
  'crossRef.option': '{label} : {text}',

  // Images in the export dialog
  'export.listOfFigures': 'Lister les figures et les tableaux après la table des matières',
  'export.missingAlt':
    '{count, plural, one {# image n’a pas de texte de remplacement} other {# images n’ont pas de texte de remplacement}} : les lecteurs qui utilisent un lecteur d’écran ne sauront pas ce qu’elles montrent. Sélectionnez chaque image et choisissez « Alt » pour la décrire, ou exportez quand même.',
  'export.missingImages':
    '{count, plural, one {# image n’est pas encore arrivée sur cet ordinateur} other {# images ne sont pas encore arrivées sur cet ordinateur}} : l’export affiche une note à leur place.',

  // Member organisations' logos
  'members.chooseLogo': 'Logo…',
  'members.logoOf': 'Logo de {name}',
  'members.logoFile': 'Fichier du logo de {name} (affiché sur la couverture des documents)',
};
