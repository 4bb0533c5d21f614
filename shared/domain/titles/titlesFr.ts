import type { Source } from '../sources.ts';
import { official, ours, secondary } from './titleTypes.ts';
import type { TitleSet } from './titleTypes.ts';

// gcm-titles-un-languages.md, French: the UN Network's French page of each objective, copied exactly.
const network = (path: string): Source => ({
  label: 'Réseau des Nations Unies sur les migrations, page de l’objectif',
  url: `https://migrationnetwork.un.org/fr/taxonomy/term/${path}`,
});
const CIMM: Source = {
  label: 'Chambre des communes du Canada, Comité CIMM, rapport 23, annexe B',
  url: 'https://noscommunes.ca/documentviewer/fr/42-1/CIMM/rapport-23/page-51',
};
const QUNO_FR: Source = {
  label: 'Bureau Quaker auprès des Nations Unies, document traduit en français (reprise)',
  url: 'https://www.carolesalas.com/fr/2023/03/02/justice-en-matiere-de-migration-tenir-les-promesses-du-pacte-mondial-pour-les-migrations-5/',
};
const HUB: Source = {
  label: 'Réseau des Nations Unies sur les migrations, filtre des principes directeurs du hub',
  url: 'https://migrationnetwork.un.org/fr/hub?gcm_objectives=281',
};

/** French: official where the UN Network gives it, secondary for 3, 5, 7 and 17, our translation for 18 (not found). */
export const TITLES_FR: TitleSet = {
  objectives: [
    official(
      'Collecter et utiliser des données précises et ventilées qui serviront à l’élaboration de politiques fondées sur la connaissance des faits',
      'official-UN',
      network('detail/279'),
    ),
    official(
      'Lutter contre les facteurs négatifs et les problèmes structurels qui poussent des personnes à quitter leur pays d’origine',
      'official-UN',
      network('280?page=1'),
    ),
    secondary('Fournir dans les meilleurs délais des informations exactes à toutes les étapes de la migration', CIMM),
    official(
      'Munir tous les migrants d’une preuve d’identité légale et de papiers adéquats',
      'official-UN',
      network('282?page=0'),
    ),
    secondary('Faire en sorte que les filières de migration régulière soient accessibles et plus souples', CIMM),
    official(
      'Favoriser des pratiques de recrutement justes et éthiques et assurer les conditions d’un travail décent',
      'official-UN',
      network('284'),
    ),
    secondary('S’attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire', CIMM),
    official(
      'Sauver des vies et mettre en place une action internationale coordonnée pour retrouver les migrants disparus',
      'official-UN',
      network('detail/286?type=practice_repository'),
    ),
    official('Renforcer l’action transnationale face au trafic de migrants', 'official-UN', network('287')),
    official(
      'Prévenir, combattre et éliminer la traite de personnes dans le cadre des migrations internationales',
      'official-UN',
      network('288?page=1'),
    ),
    official('Gérer les frontières de manière intégrée, sûre et coordonnée', 'official-UN', network('289')),
    official(
      'Veiller à l’invariabilité et à la prévisibilité des procédures migratoires pour assurer des contrôles, des évaluations et une orientation appropriés',
      'official-UN',
      network('290'),
    ),
    official(
      'Ne recourir au placement en rétention administrative des migrants qu’en dernier ressort et chercher des solutions de rechange',
      'official-UN',
      network('291'),
    ),
    official(
      'Renforcer la protection, l’assistance et la coopération consulaires tout au long du cycle migratoire',
      'official-UN',
      network('detail/292?page=1'),
    ),
    official(
      'Assurer l’accès des migrants aux services de base',
      'official-UN',
      network('detail/293?type=practice_repository'),
    ),
    official(
      'Donner aux migrants et aux sociétés des moyens en faveur de la pleine intégration et de la cohésion sociale',
      'official-UN',
      network('294'),
    ),
    secondary(
      'Éliminer toutes les formes de discrimination et encourager un débat public fondé sur l’analyse des faits afin de faire évoluer la manière dont les migrations sont perçues',
      QUNO_FR,
    ),
    ours(
      'Investir dans le développement des compétences et faciliter la reconnaissance mutuelle des aptitudes, des qualifications et des compétences',
    ),
    official(
      'Créer les conditions permettant aux migrants et aux diasporas de contribuer pleinement au développement durable dans tous les pays',
      'official-UN',
      network('detail/297?page=14'),
    ),
    official(
      'Rendre les envois de fonds plus rapides, plus sûrs et moins coûteux et favoriser l’inclusion financière des migrants',
      'official-UN',
      network('298?page=2'),
    ),
    official(
      'Coopérer en vue de faciliter le retour et la réadmission des migrants en toute sécurité et dignité, ainsi que leur réintégration durable',
      'official-UN',
      network('299?page=1'),
    ),
    official(
      'Mettre en place des mécanismes de portabilité des droits de sécurité sociale et des avantages acquis',
      'official-UN',
      network('detail/300?type=video'),
    ),
    official(
      'Renforcer la coopération internationale et les partenariats mondiaux pour des migrations sûres, ordonnées et régulières',
      'official-UN',
      network('detail/301?page=1'),
    ),
  ],
  principles: [
    'Priorité à la dimension humaine',
    'Coopération internationale',
    'Souveraineté nationale',
    'Primauté du droit et garanties d’une procédure régulière',
    'Développement durable',
    'Droits de l’homme',
    'Prise en compte de la problématique femmes-hommes',
    'Adaptation aux besoins de l’enfant',
    'Approche mobilisant l’ensemble des pouvoirs publics',
    'Approche mobilisant l’ensemble de la société',
  ].map((text) => official(text, 'official-UN', HUB)),
  roundTables: [
    ours('Faire en sorte que les migrations soient volontaires, ordonnées et régulières'),
    ours('Protéger les migrants par des mesures de gouvernance des frontières fondées sur les droits'),
    ours('Soutenir l’intégration des migrants et leur contribution au développement'),
    ours('Renforcer l’élaboration de politiques fondées sur des données factuelles, le débat public et la coopération'),
  ],
};
