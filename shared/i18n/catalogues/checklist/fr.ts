import type { checklistEn } from './en.ts';

/** Les actions proposées par défaut, en français (voir en.ts). */
export const checklistFr: Record<keyof typeof checklistEn, string> = {
  'checklistData.arab-read-reviews':
    'Lire les examens volontaires que le Réseau des Nations Unies sur les migrations a réunis pour les États arabes et y confronter votre propre évaluation',
  'checklistData.arab-process':
    'Suivre l’examen comme un processus de plusieurs mois et non comme une réunion unique (le premier s’est déroulé de juin 2020 à février 2021), et contribuer à sa consultation multipartite',
  'checklistData.arab-organisers':
    'Informer tôt les organisateurs : l’examen est coorganisé par l’OIM, la CESAO et la Ligue des États arabes',
  'checklistData.vnr-participatory':
    'Plaider pour des processus participatifs d’examen volontaire et y prendre part, par exemple en organisant des réunions de consultation ou des dialogues avec les ministères concernés',
  'checklistData.vnr-own-assessment': 'Préparer votre propre évaluation de la mise en œuvre, seuls ou avec d’autres',
  'checklistData.unece-read-reviews':
    'Lire les examens volontaires que le Réseau des Nations Unies sur les migrations a réunis pour l’Europe et l’Amérique du Nord (CEE) et y confronter votre propre évaluation',
  'checklistData.unece-consultations':
    'Participer aux consultations des parties prenantes du Réseau des Nations Unies sur les migrations avant l’examen (29 janvier et 28 février 2024, en ligne) et adresser vos priorités au rapporteur des parties prenantes',
  'checklistData.unece-hearing':
    'S’inscrire à l’audition des parties prenantes tenue le matin de l’examen (de 8 h 30 à 10 h à Genève le 11 mars 2024)',
  'checklistData.unece-rfsd':
    'Relier vos messages au Forum régional pour le développement durable, qui se tient dans la foulée de l’examen',
  'checklistData.asia-pacific-read-reviews':
    'Lire les examens volontaires que le Réseau des Nations Unies sur les migrations a réunis pour l’Asie et le Pacifique et y confronter votre propre évaluation',
  'checklistData.asia-pacific-consultations':
    'Participer aux consultations des parties prenantes tenues avant l’examen (quatre lors du premier cycle, résumées pour la réunion)',
  'checklistData.asia-pacific-survey':
    'Demander à votre gouvernement s’il a répondu à l’enquête de la CESAP pour les examens volontaires, et confronter vos données à ses réponses',
  'checklistData.lac-read-reviews':
    'Lire les examens volontaires que le Réseau des Nations Unies sur les migrations a réunis pour l’Amérique latine et les Caraïbes et y confronter votre propre évaluation',
  'checklistData.lac-hearing':
    'S’inscrire à la réunion multipartite tenue avant la conférence intergouvernementale à la CEPALC (13-15 avril 2021 ; 18 mars 2025)',
  'checklistData.lac-processes':
    'Relier votre contribution aux processus sous-régionaux et régionaux qui se réunissent avant l’examen (le 12 avril en 2021)',
  'checklistData.africa-read-reviews':
    'Lire les examens volontaires que le Réseau des Nations Unies sur les migrations a réunis pour l’Afrique et y confronter votre propre évaluation',
  'checklistData.africa-stakeholders':
    'Participer à la consultation des parties prenantes tenue avant l’examen (le 27 août 2021 lors du premier cycle) et y présenter votre évaluation',
  'checklistData.sg-publish':
    'Publier des éditoriaux, des billets de blog ou d’autres textes qui répondent au rapport et font connaître vos priorités',
  'checklistData.accreditation-apply':
    'Demander l’accréditation spéciale pour chaque organisation membre qui participera à l’audition ou au Forum',
  'checklistData.dialogue-speakers': 'Proposer des intervenants pour les webinaires et y participer activement',
  'checklistData.dialogue-online-space': 'Participer à l’espace de discussion en ligne',
  'checklistData.dialogue-background':
    'Préparer vos propres documents de fond sur l’un des thèmes du dialogue, avec une analyse et des recommandations pour nourrir les discussions',
  'checklistData.dialogue-respond':
    'Rédiger des documents ou organiser des séances d’information qui prolongent les dialogues et y répondent',
  'checklistData.sg-migration-week':
    'Participer aux événements de la semaine des migrations pour faire connaître vos priorités et entendre celles du Secrétaire général, des États et des autres parties prenantes',
  'checklistData.sg-launch-events':
    'Organiser des événements liés au lancement du rapport pour présenter votre réponse au rapport du Secrétaire général et vos recommandations',
  'checklistData.pd-key-messages':
    'Déterminer les questions et les actions que vous souhaitez voir figurer dans la Déclaration sur les progrès, et élaborer des messages clés et des documents de plaidoyer à ce sujet, à partager avec les gouvernements au niveau national et par l’intermédiaire de leur représentation auprès de l’ONU à New York',
  'checklistData.pd-promote':
    'Promouvoir ces messages en organisant des séances d’information ou en participant à des événements organisés par d’autres',
  'checklistData.hearing-register':
    'S’inscrire pour participer (une accréditation sera nécessaire ; les détails figureront sur le site du Réseau) et se préparer à faire valoir vos priorités',
  'checklistData.hearing-side-events':
    'Organiser des manifestations parallèles ou des séances d’information au moment de l’audition ou en amont',
  'checklistData.forum-register':
    'S’inscrire pour participer (une accréditation sera nécessaire ; les détails figureront sur le site du Réseau) et faire valoir vos priorités lors des tables rondes, du débat d’orientation et du débat général (on ne sait pas encore combien de parties prenantes non étatiques pourront prendre la parole lors de l’événement principal)',
  'checklistData.forum-side-events':
    'Organiser des manifestations parallèles sur vos thèmes ou situations prioritaires, ou pour donner la parole à d’autres',
  'checklistData.forum-briefings':
    'Organiser des réunions d’information informelles avec les États et les autres parties prenantes concernés',
  'checklistData.forum-delegations':
    'Encourager l’inclusion des parties prenantes, en particulier des migrants, dans les délégations des États Membres',
  'checklistData.pledge-advocate':
    'Plaider pour que les États et les autres parties prenantes prennent des engagements sur vos questions prioritaires',
  'checklistData.pledge-develop':
    'Élaborer des engagements sur les actions que vous pouvez mener seuls ou avec d’autres',
  'checklistData.outcome-text':
    'Trouver le texte adopté de la Déclaration sur les progrès et noter sa cote, sa date d’adoption et le lieu où il est publié',
  'checklistData.outcome-summary':
    'Indiquer aux membres ce à quoi la Déclaration engage les États, avec les numéros de paragraphe, et lesquels de vos messages clés elle a repris',
  'checklistData.monitor-commitments':
    'Dresser la liste des engagements de la Déclaration sur les progrès que votre coalition suivra, chacun avec son numéro de paragraphe',
  'checklistData.monitor-indicators':
    'Pour chaque engagement, choisir un indicateur, sa valeur de référence et qui en réunit les éléments ; utiliser les indicateurs volontaires proposés dans le rapport du Secrétaire général de décembre 2024 quand ils conviennent',
  'checklistData.monitor-assign':
    'Confier chaque engagement à une organisation membre, avec une date pour rendre compte à la coalition',
  'checklistData.monitor-pledges':
    'Noter les engagements annoncés au Forum par votre gouvernement et par votre coalition, et leurs échéances',
  'checklistData.monitor-reviews':
    'Décider quelles conclusions iront à l’examen de votre région et lesquelles au prochain Forum, et demander à votre gouvernement comment il rendra compte de ses engagements',
};
