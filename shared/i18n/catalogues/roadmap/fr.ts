import type { RoadmapMessages } from './en.ts';

/** The shipped milestones and cycles in French (see ./en.ts), in the terms of the catalogue's glossary. */
export const roadmapFr: RoadmapMessages = {
  'roadmapData.imrf-2022.title': 'Premier cycle d’examen (2020-2022)',
  'roadmapData.imrf-2022.description':
    'Examens régionaux, série de dialogues, rapport du Secrétaire général et premier Forum d’examen des migrations internationales (New York, mai 2022).',
  'roadmapData.imrf-2022.review-arab.title': 'Examen régional des États arabes',
  'roadmapData.imrf-2022.review-arab.description':
    'Examen régional de la mise en œuvre du Pacte dans les États arabes, mené comme un processus sur plusieurs mois.',
  'roadmapData.imrf-2022.review-unece.title': 'Examen régional de la CEE (Europe et Amérique du Nord)',
  'roadmapData.imrf-2022.review-unece.description':
    'Consultation des parties prenantes le 9 novembre 2020 ; examen régional les 12 et 13 novembre 2020.',
  'roadmapData.imrf-2022.review-asia-pacific.title': 'Examen régional Asie-Pacifique',
  'roadmapData.imrf-2022.review-asia-pacific.description':
    'Examen régional de la mise en œuvre du Pacte en Asie et dans le Pacifique.',
  'roadmapData.imrf-2022.review-lac.title': 'Examen régional Amérique latine et Caraïbes',
  'roadmapData.imrf-2022.review-lac.description':
    'Consultation de la société civile du 13 au 15 avril 2021 ; examen régional du 26 au 28 avril 2021.',
  'roadmapData.imrf-2022.review-africa.title': 'Examen régional Afrique',
  'roadmapData.imrf-2022.review-africa.description':
    'Consultation des parties prenantes le 27 août 2021 ; examen régional du 31 août au 1er septembre 2021.',
  'roadmapData.imrf-2022.sg-report.title': 'Rapport du Secrétaire général (A/76/642)',
  'roadmapData.imrf-2022.sg-report.description':
    'Le rapport biennal du Secrétaire général sur la mise en œuvre, celui qui doit paraître au moins 12 semaines avant le Forum. Le premier rapport était le A/75/542.',
  'roadmapData.imrf-2022.accreditation.title': 'Clôture de l’accréditation spéciale des parties prenantes',
  'roadmapData.imrf-2022.accreditation.description':
    'Dernier jour pour que les parties prenantes demandent une accréditation spéciale à l’audition et au Forum.',
  'roadmapData.imrf-2022.consultations.title': 'Clôture des consultations en ligne par table ronde',
  'roadmapData.imrf-2022.consultations.description':
    'La série de dialogues du Forum : un webinaire et un espace de discussion en ligne par groupe de tables rondes et par thème émergent, ouverts jusqu’au 31 janvier 2022. Notes d’information d’environ 1 000 mots.',
  'roadmapData.imrf-2022.migration-week.title': 'Semaine des migrations : lancement du rapport du Secrétaire général',
  'roadmapData.imrf-2022.migration-week.description':
    'Une semaine d’événements autour du lancement du rapport du Secrétaire général.',
  'roadmapData.imrf-2022.declaration-text.title': 'Texte final de la Déclaration sur les progrès',
  'roadmapData.imrf-2022.declaration-text.description':
    'Texte final de la Déclaration sur les progrès, négocié sous la conduite de deux cofacilitateurs (Bangladesh et Luxembourg), nommés au moins deux mois avant le Forum.',
  'roadmapData.imrf-2022.hearing.title': 'Audition multipartite',
  'roadmapData.imrf-2022.hearing.description':
    'Convoquée par le Président de l’Assemblée générale la veille du Forum. Séances de l’audition de 2022 : progrès, lacunes et difficultés ; engagements et recommandations ; synthèse collective des recommandations et des engagements. Son résumé est présenté à l’ouverture du Forum.',
  'roadmapData.imrf-2022.forum.title': 'Forum d’examen des migrations internationales 2022',
  'roadmapData.imrf-2022.forum.description':
    'New York. Quatre tables rondes (17 mai et matinée du 18 mai), débat d’orientation (après-midi du 18 mai), séance plénière et débat général (19-20 mai). Manifestations parallèles : une heure, en dehors des heures officielles, une vingtaine de créneaux.',
  'roadmapData.imrf-2022.round-tables.title': 'Quatre tables rondes',
  'roadmapData.imrf-2022.round-tables.description':
    'Quatre tables rondes multipartites interactives, une par groupe d’objectifs fixé par la résolution A/RES/73/326, le 17 mai et la matinée du 18 mai.',
  'roadmapData.imrf-2022.policy-debate.title': 'Débat d’orientation',
  'roadmapData.imrf-2022.policy-debate.description':
    'Après-midi du 18 mai 2022 ; il s’est ouvert sur les résumés techniques des tables rondes.',
  'roadmapData.imrf-2022.plenary.title': 'Séance plénière et débat général',
  'roadmapData.imrf-2022.plenary.description':
    'Le Forum a adopté la Déclaration sur les progrès le dernier jour, le 20 mai.',
  'roadmapData.imrf-2022.declaration.title': 'Le Forum adopte la Déclaration sur les progrès',
  'roadmapData.imrf-2022.declaration.description':
    'Adoptée le dernier jour du Forum, car chaque Forum se conclut par une Déclaration sur les progrès approuvée au niveau intergouvernemental (A/RES/73/195, par. 49).',
  'roadmapData.imrf-2022.adoption.title': 'L’Assemblée générale fait sienne la Déclaration sur les progrès',
  'roadmapData.imrf-2022.adoption.description':
    'Approuvée par consensus le 7 juin 2022, après son adoption par le Forum le 20 mai. La cote de la résolution est indiquée comme A/RES/76/266.',
  'roadmapData.imrf-2026.title': 'Deuxième cycle d’examen (2024-2026)',
  'roadmapData.imrf-2026.description':
    'Examens régionaux 2024-2025, rapport du Secrétaire général de décembre 2024, négociation de la Déclaration sur les progrès et deuxième Forum d’examen des migrations internationales (New York, mai 2026).',
  'roadmapData.imrf-2026.review-unece.title': 'Examen régional de la CEE (Europe et Amérique du Nord)',
  'roadmapData.imrf-2026.review-unece.description':
    'Genève (Palais des Nations) : une audition des parties prenantes le matin, puis la conférence intergouvernementale, enchaînée avec le Forum régional pour le développement durable.',
  'roadmapData.imrf-2026.review-arab.title': 'Examen régional des États arabes',
  'roadmapData.imrf-2026.review-arab.description': 'Le Caire, au siège de la Ligue des États arabes.',
  'roadmapData.imrf-2026.review-africa.title': 'Examen régional Afrique',
  'roadmapData.imrf-2026.review-africa.description': 'Addis-Abeba.',
  'roadmapData.imrf-2026.sg-report.title': 'Rapport du Secrétaire général',
  'roadmapData.imrf-2026.sg-report.description':
    'Publié le 5 décembre 2024 ; il propose un cadre d’indicateurs facultatif pour examiner la mise en œuvre.',
  'roadmapData.imrf-2026.review-asia-pacific.title': 'Examen régional Asie-Pacifique',
  'roadmapData.imrf-2026.review-asia-pacific.description': 'Bangkok.',
  'roadmapData.imrf-2026.review-lac.title': 'Examen régional Amérique latine et Caraïbes',
  'roadmapData.imrf-2026.review-lac.description':
    'Santiago, à la CEPALC : une audition multipartite interactive le 18 mars, puis la conférence intergouvernementale les 19 et 20 mars.',
  'roadmapData.imrf-2026.accreditation.title': 'Clôture de l’accréditation spéciale des parties prenantes',
  'roadmapData.imrf-2026.accreditation.description':
    'Dernier jour pour que les parties prenantes sans statut auprès de l’ECOSOC ni accréditation antérieure au Pacte demandent une accréditation spéciale à l’audition et au Forum. Inscrivez-vous avant la clôture, pas le jour de l’audition.',
  'roadmapData.imrf-2026.co-facilitators.title': 'Nomination des cofacilitateurs de la Déclaration sur les progrès',
  'roadmapData.imrf-2026.co-facilitators.description':
    'Deux ambassadeurs à New York conduisent la négociation, nommés au moins deux mois avant le Forum. Ayez vos messages clés prêts avant le début de la négociation.',
  'roadmapData.imrf-2026.consultations.title': 'Consultations officieuses sur le projet de Déclaration',
  'roadmapData.imrf-2026.consultations.description':
    'Les États Membres négocient le texte à New York ; les missions et les capitales peuvent encore reprendre vos messages.',
  'roadmapData.imrf-2026.zero-draft.title': 'Avant-projet de la Déclaration sur les progrès',
  'roadmapData.imrf-2026.zero-draft.description':
    'Le premier projet des cofacilitateurs : comparez-le à vos messages clés et proposez des amendements.',
  'roadmapData.imrf-2026.final-draft.title': 'Projet final de la Déclaration sur les progrès',
  'roadmapData.imrf-2026.final-draft.description':
    'Le texte soumis au Forum pour adoption (en 2022, il a été publié cinq jours avant le Forum).',
  'roadmapData.imrf-2026.hearing.title': 'Audition multipartite',
  'roadmapData.imrf-2026.hearing.description':
    'La veille du Forum ; les parties prenantes non étatiques prennent la parole. Ses séances ne figurent pas dans nos sources.',
  'roadmapData.imrf-2026.forum.title': 'Forum d’examen des migrations internationales 2026',
  'roadmapData.imrf-2026.forum.description':
    'New York. Quatre tables rondes couvrant les 23 objectifs, ainsi que des débats d’orientation.',
  'roadmapData.imrf-2026.round-tables.title': 'Quatre tables rondes',
  'roadmapData.imrf-2026.round-tables.description':
    'Quatre tables rondes couvrant les 23 objectifs, qui devraient suivre les groupes de la résolution A/RES/73/326 (comme en 2022).',
  'roadmapData.imrf-2026.policy-debate.title': 'Débat d’orientation',
  'roadmapData.imrf-2026.policy-debate.description': 'Les débats d’orientation prévus au programme du Forum.',
  'roadmapData.imrf-2026.plenary.title': 'Séance plénière et débat général',
  'roadmapData.imrf-2026.plenary.description':
    'Les États présentent leurs progrès et leurs engagements ; le Forum se conclut par la Déclaration sur les progrès.',
  'roadmapData.imrf-2026.declaration.title': 'Déclaration sur les progrès',
  'roadmapData.imrf-2026.declaration.description':
    'Chaque Forum se conclut par une Déclaration sur les progrès approuvée au niveau intergouvernemental (A/RES/73/195, par. 49).',
  'roadmapData.imrf-2030.title': 'Troisième cycle d’examen (2026-2030)',
  'roadmapData.imrf-2030.description':
    'Suivi du Forum de 2026, examens régionaux en 2028-2029 et troisième Forum d’examen des migrations internationales en 2030. Projection d’après les résolutions A/RES/73/195 et A/RES/73/326 : chaque date est provisoire jusqu’à son annonce.',
  'roadmapData.imrf-2030.outcome-2026.title': 'Résultats du Forum de 2026 : décisions et engagements',
  'roadmapData.imrf-2030.outcome-2026.description':
    'Consignez ici la Déclaration sur les progrès de 2026 (sa cote, sa date et ses principaux engagements) et les engagements annoncés au Forum.',
  'roadmapData.imrf-2030.monitoring-plan.title': 'Plan de suivi des engagements de la Déclaration',
  'roadmapData.imrf-2030.monitoring-plan.description':
    'Transformez les engagements de la Déclaration en plan de suivi de la coalition : indicateurs, éléments de preuve, qui suit quoi, et ce qui sera porté aux examens régionaux.',
  'roadmapData.imrf-2030.review-unece.title': 'Examen régional Europe et Amérique du Nord (CEE)',
  'roadmapData.imrf-2030.review-unece.description':
    'Prévu pour le mois où la CEE a tenu son examen lors du dernier cycle.',
  'roadmapData.imrf-2030.review-arab.title': 'Examen régional des États arabes',
  'roadmapData.imrf-2030.review-arab.description':
    'Prévu pour le mois où la CESAO a tenu son examen lors du dernier cycle.',
  'roadmapData.imrf-2030.review-africa.title': 'Examen régional Afrique',
  'roadmapData.imrf-2030.review-africa.description':
    'Prévu pour le mois où la CEA a tenu son examen lors du dernier cycle.',
  'roadmapData.imrf-2030.sg-report.title': 'Rapport du Secrétaire général',
  'roadmapData.imrf-2030.sg-report.description':
    'Le rapport biennal sur la mise en œuvre ; celui qui précède un Forum doit paraître au moins 12 semaines avant. Prévu pour le mois du précédent.',
  'roadmapData.imrf-2030.review-asia-pacific.title': 'Examen régional Asie et Pacifique',
  'roadmapData.imrf-2030.review-asia-pacific.description':
    'Prévu pour le mois où la CESAP a tenu son examen lors du dernier cycle.',
  'roadmapData.imrf-2030.review-lac.title': 'Examen régional Amérique latine et Caraïbes',
  'roadmapData.imrf-2030.review-lac.description':
    'Prévu pour le mois où la CEPALC a tenu son examen lors du dernier cycle.',
  'roadmapData.imrf-2030.accreditation.title': 'Clôture de l’accréditation spéciale des parties prenantes',
  'roadmapData.imrf-2030.accreditation.description':
    'Demandez une accréditation spéciale et inscrivez-vous à l’audition et au Forum avant cette clôture.',
  'roadmapData.imrf-2030.co-facilitators.title': 'Nomination des cofacilitateurs de la Déclaration sur les progrès',
  'roadmapData.imrf-2030.co-facilitators.description':
    'Au moins deux mois avant le Forum. Ayez vos messages clés prêts avant le début de la négociation.',
  'roadmapData.imrf-2030.consultations.title': 'Consultations officieuses sur le projet de Déclaration',
  'roadmapData.imrf-2030.consultations.description':
    'Les États Membres négocient le texte à New York ; les missions et les capitales peuvent encore reprendre vos messages.',
  'roadmapData.imrf-2030.zero-draft.title': 'Avant-projet de la Déclaration sur les progrès',
  'roadmapData.imrf-2030.zero-draft.description':
    'Le premier projet des cofacilitateurs : comparez-le à vos messages clés et proposez des amendements.',
  'roadmapData.imrf-2030.final-draft.title': 'Projet final de la Déclaration sur les progrès',
  'roadmapData.imrf-2030.final-draft.description': 'Le texte soumis au Forum pour adoption.',
  'roadmapData.imrf-2030.hearing.title': 'Audition multipartite',
  'roadmapData.imrf-2030.hearing.description':
    'La veille du Forum, convoquée par le Président de l’Assemblée générale.',
  'roadmapData.imrf-2030.forum.title': 'Forum d’examen des migrations internationales 2030',
  'roadmapData.imrf-2030.forum.description':
    'Le troisième Forum, quatre ans après le deuxième (A/RES/73/195, par. 49).',
  'roadmapData.imrf-2030.round-tables.title': 'Quatre tables rondes',
  'roadmapData.imrf-2030.round-tables.description': 'Le premier jour et la matinée du deuxième (A/RES/73/326).',
  'roadmapData.imrf-2030.policy-debate.title': 'Débat d’orientation',
  'roadmapData.imrf-2030.policy-debate.description':
    'L’après-midi du deuxième jour, ouvert par les résumés des tables rondes (A/RES/73/326).',
  'roadmapData.imrf-2030.plenary.title': 'Séance plénière et débat général',
  'roadmapData.imrf-2030.plenary.description': 'Les troisième et quatrième jours (A/RES/73/326).',
  'roadmapData.imrf-2030.declaration.title': 'Déclaration sur les progrès',
  'roadmapData.imrf-2030.declaration.description':
    'Chaque Forum se conclut par une Déclaration sur les progrès approuvée au niveau intergouvernemental (A/RES/73/195, par. 49).',
  'roadmapData.imrf-2022.adoption.note':
    'La cote de la résolution (A/RES/76/266) n’est pas confirmée : la page chinoise de l’ONU consacrée à la Déclaration l’indique, mais aucune source primaire en anglais n’a été lue.',
  'roadmapData.imrf-2026.sg-report.note':
    'La cote du document n’est pas confirmée (des sources secondaires indiquent A/79/590).',
  'roadmapData.imrf-2026.accreditation.note':
    'La date limite de 2026 ne figure pas dans nos sources. La date est provisoire, à la même distance du Forum qu’en 2022 ; remplacez-la par la vraie.',
  'roadmapData.imrf-2026.co-facilitators.note':
    'Qui a été nommé, et quand, ne figure pas dans nos sources ; la date indiquée est la plus tardive que permet la règle des deux mois.',
  'roadmapData.imrf-2026.consultations.note':
    'Les dates des consultations de 2026 ne figurent pas dans nos sources ; la période est provisoire, à modifier.',
  'roadmapData.imrf-2026.zero-draft.note':
    'La date de l’avant-projet de 2026 ne figure pas dans nos sources ; la période est provisoire, à modifier.',
  'roadmapData.imrf-2026.final-draft.note':
    'La date de publication du projet final de 2026 ne figure pas dans nos sources. La date est provisoire, à la même distance du Forum qu’en 2022 ; remplacez-la par la vraie.',
  'roadmapData.imrf-2026.round-tables.note':
    'Les groupes et les dates de 2026 sont supposés, non confirmés. Supposés d’après la résolution A/RES/73/326, qui a fixé ce format pour chaque Forum (tables rondes le premier jour et le lendemain matin, débat d’orientation l’après-midi, séance plénière les deux derniers jours) ; le programme de 2026 lui-même ne figure pas dans nos sources.',
  'roadmapData.imrf-2026.policy-debate.note':
    'Supposé d’après la résolution A/RES/73/326, qui a fixé ce format pour chaque Forum (tables rondes le premier jour et le lendemain matin, débat d’orientation l’après-midi, séance plénière les deux derniers jours) ; le programme de 2026 lui-même ne figure pas dans nos sources.',
  'roadmapData.imrf-2026.plenary.note':
    'Supposé d’après la résolution A/RES/73/326, qui a fixé ce format pour chaque Forum (tables rondes le premier jour et le lendemain matin, débat d’orientation l’après-midi, séance plénière les deux derniers jours) ; le programme de 2026 lui-même ne figure pas dans nos sources.',
  'roadmapData.imrf-2026.declaration.note':
    'L’adoption de la Déclaration sur les progrès de 2026, et sa date, ne sont pas confirmées ; la date est provisoire (le dernier jour du Forum).',
  'roadmapData.imrf-2030.outcome-2026.note':
    'Nous ne disposons d’aucun texte vérifié des résultats de 2026 : c’est à la coalition de consigner si et quand la Déclaration a été adoptée, et ce qu’elle dit.',
  'roadmapData.imrf-2030.monitoring-plan.note':
    'Ce n’est pas une date officielle : c’est une échéance que votre coalition fixe.',
  'roadmapData.imrf-2030.review-unece.note':
    'Projection d’après les résolutions A/RES/73/195 (un Forum tous les quatre ans, des examens régionaux entre deux Forums) et A/RES/73/326 (le format de chaque Forum) ; date provisoire jusqu’à son annonce.',
  'roadmapData.imrf-2030.review-arab.note':
    'Projection d’après les résolutions A/RES/73/195 (un Forum tous les quatre ans, des examens régionaux entre deux Forums) et A/RES/73/326 (le format de chaque Forum) ; date provisoire jusqu’à son annonce.',
  'roadmapData.imrf-2030.review-africa.note':
    'Projection d’après les résolutions A/RES/73/195 (un Forum tous les quatre ans, des examens régionaux entre deux Forums) et A/RES/73/326 (le format de chaque Forum) ; date provisoire jusqu’à son annonce.',
  'roadmapData.imrf-2030.sg-report.note':
    'Projection d’après les résolutions A/RES/73/195 (un Forum tous les quatre ans, des examens régionaux entre deux Forums) et A/RES/73/326 (le format de chaque Forum) ; date provisoire jusqu’à son annonce.',
  'roadmapData.imrf-2030.review-asia-pacific.note':
    'Projection d’après les résolutions A/RES/73/195 (un Forum tous les quatre ans, des examens régionaux entre deux Forums) et A/RES/73/326 (le format de chaque Forum) ; date provisoire jusqu’à son annonce.',
  'roadmapData.imrf-2030.review-lac.note':
    'Projection d’après les résolutions A/RES/73/195 (un Forum tous les quatre ans, des examens régionaux entre deux Forums) et A/RES/73/326 (le format de chaque Forum) ; date provisoire jusqu’à son annonce.',
  'roadmapData.imrf-2030.accreditation.note':
    'Projection d’après les résolutions A/RES/73/195 (un Forum tous les quatre ans, des examens régionaux entre deux Forums) et A/RES/73/326 (le format de chaque Forum) ; date provisoire jusqu’à son annonce.',
  'roadmapData.imrf-2030.co-facilitators.note':
    'Projection d’après les résolutions A/RES/73/195 (un Forum tous les quatre ans, des examens régionaux entre deux Forums) et A/RES/73/326 (le format de chaque Forum) ; date provisoire jusqu’à son annonce.',
  'roadmapData.imrf-2030.consultations.note':
    'Projection d’après les résolutions A/RES/73/195 (un Forum tous les quatre ans, des examens régionaux entre deux Forums) et A/RES/73/326 (le format de chaque Forum) ; date provisoire jusqu’à son annonce.',
  'roadmapData.imrf-2030.zero-draft.note':
    'Projection d’après les résolutions A/RES/73/195 (un Forum tous les quatre ans, des examens régionaux entre deux Forums) et A/RES/73/326 (le format de chaque Forum) ; date provisoire jusqu’à son annonce.',
  'roadmapData.imrf-2030.final-draft.note':
    'Projection d’après les résolutions A/RES/73/195 (un Forum tous les quatre ans, des examens régionaux entre deux Forums) et A/RES/73/326 (le format de chaque Forum) ; date provisoire jusqu’à son annonce.',
  'roadmapData.imrf-2030.hearing.note':
    'Projection d’après les résolutions A/RES/73/195 (un Forum tous les quatre ans, des examens régionaux entre deux Forums) et A/RES/73/326 (le format de chaque Forum) ; date provisoire jusqu’à son annonce.',
  'roadmapData.imrf-2030.forum.note':
    'Projection d’après les résolutions A/RES/73/195 (un Forum tous les quatre ans, des examens régionaux entre deux Forums) et A/RES/73/326 (le format de chaque Forum) ; date provisoire jusqu’à son annonce.',
  'roadmapData.imrf-2030.round-tables.note':
    'Projection d’après les résolutions A/RES/73/195 (un Forum tous les quatre ans, des examens régionaux entre deux Forums) et A/RES/73/326 (le format de chaque Forum) ; date provisoire jusqu’à son annonce.',
  'roadmapData.imrf-2030.policy-debate.note':
    'Projection d’après les résolutions A/RES/73/195 (un Forum tous les quatre ans, des examens régionaux entre deux Forums) et A/RES/73/326 (le format de chaque Forum) ; date provisoire jusqu’à son annonce.',
  'roadmapData.imrf-2030.plenary.note':
    'Projection d’après les résolutions A/RES/73/195 (un Forum tous les quatre ans, des examens régionaux entre deux Forums) et A/RES/73/326 (le format de chaque Forum) ; date provisoire jusqu’à son annonce.',
  'roadmapData.imrf-2030.declaration.note':
    'Projection d’après les résolutions A/RES/73/195 (un Forum tous les quatre ans, des examens régionaux entre deux Forums) et A/RES/73/326 (le format de chaque Forum) ; date provisoire jusqu’à son annonce.',
};
