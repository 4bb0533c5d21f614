import type { Source } from '../sources.ts';
import { official, ours } from './titleTypes.ts';
import type { TitleSet } from './titleTypes.ts';

// gcm-titles-un-languages.md, Spanish: the UN Network's Spanish page of each objective, copied exactly.
const network = (path: string): Source => ({
  label: 'Red de las Naciones Unidas sobre la Migración, página del objetivo',
  url: `https://migrationnetwork.un.org/es/taxonomy/term/${path}`,
});
const iom = (url: string): Source => ({ label: 'Organización Internacional para las Migraciones (OIM)', url });
const HUB: Source = {
  label: 'Red de las Naciones Unidas sobre la Migración, filtro de principios rectores del centro',
  url: 'https://migrationnetwork.un.org/es/hub?gcm_objectives=279',
};

/** Spanish: official where found (UN Network, IOM); our translation for 3, 15, 16, 17, 20 and 23 (not found). */
export const TITLES_ES: TitleSet = {
  objectives: [
    official(
      'Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica',
      'official-IOM',
      iom(
        'https://emm.iom.int/es/handbooks/trata-de-personas-y-formas-conexas-de-explotacion-y-abuso/recopilacion-de-datos-analisis',
      ),
    ),
    official(
      'Minimizar los factores adversos y estructurales que obligan a las personas a abandonar su país de origen',
      'official-UN',
      network('280?page=1'),
    ),
    ours('Proporcionar información exacta y oportuna en todas las etapas de la migración'),
    official(
      'Velar por que todos los migrantes tengan pruebas de su identidad jurídica y documentación adecuada',
      'official-UN',
      network('detail/282?page=3'),
    ),
    official(
      'Aumentar la disponibilidad y flexibilidad de las vías de migración regular',
      'official-UN',
      network('283'),
    ),
    official(
      'Facilitar la contratación equitativa y ética y salvaguardar las condiciones que garantizan el trabajo decente',
      'official-UN',
      network('284?page=6'),
    ),
    official('Abordar y reducir las vulnerabilidades en la migración', 'official-UN', network('285')),
    official(
      'Salvar vidas y emprender iniciativas internacionales coordinadas sobre los migrantes desaparecidos',
      'official-IOM',
      iom(
        'https://lac.iom.int/es/objetivo-8-salvar-vidas-y-emprender-iniciativas-internacionales-coordinadas-sobre-los-migrantes-desaparecidos',
      ),
    ),
    official(
      'Reforzar la respuesta transnacional al tráfico ilícito de migrantes',
      'official-UN',
      network('detail/287?type=All'),
    ),
    official(
      'Prevenir, combatir y erradicar la trata de personas en el contexto de la migración internacional',
      'official-UN',
      network('288?page=0'),
    ),
    official('Gestionar las fronteras de manera integrada, segura y coordinada', 'official-UN', network('289')),
    official(
      'Aumentar la certidumbre y previsibilidad de los procedimientos migratorios para la adecuada verificación de antecedentes, evaluación y derivación',
      'official-UN',
      network('290?page=1'),
    ),
    official(
      'Utilizar la detención de migrantes solo como último recurso y buscar otras alternativas',
      'official-UN',
      network('detail/291?page=4'),
    ),
    official(
      'Mejorar la protección, asistencia y cooperación consulares a lo largo de todo el ciclo migratorio',
      'official-IOM',
      iom(
        'https://lac.iom.int/es/objetivo-14-mejorar-la-proteccion-asistencia-y-cooperacion-consulares-lo-largo-de-todo-el-ciclo-migratorio',
      ),
    ),
    ours('Proporcionar a los migrantes acceso a los servicios básicos'),
    ours('Empoderar a los migrantes y a las sociedades para lograr la plena inclusión y la cohesión social'),
    ours(
      'Eliminar todas las formas de discriminación y promover un discurso público con base empírica para modificar las percepciones de la migración',
    ),
    official(
      'Invertir en el desarrollo de aptitudes y facilitar el reconocimiento mutuo de aptitudes, cualificaciones y competencias',
      'official-UN',
      network('detail/296?page=4'),
    ),
    official(
      'Crear las condiciones necesarias para que los migrantes y las diásporas puedan contribuir plenamente al desarrollo sostenible en todos los países',
      'official-UN',
      network('297'),
    ),
    ours(
      'Promover transferencias de remesas más rápidas, seguras y económicas y fomentar la inclusión financiera de los migrantes',
    ),
    official(
      'Colaborar para facilitar el regreso y la readmisión en condiciones de seguridad y dignidad, así como la reintegración sostenible',
      'official-UN',
      network('detail/299?type=resource'),
    ),
    official(
      'Establecer mecanismos para la portabilidad de la seguridad social y las prestaciones adquiridas',
      'official-UN',
      network('detail/300?page=1'),
    ),
    ours(
      'Fortalecer la cooperación internacional y las alianzas mundiales para la migración segura, ordenada y regular',
    ),
  ],
  principles: [
    'Centrada en las personas',
    'Cooperación internacional',
    'Soberanía nacional',
    'Estado de derecho y garantías procesales',
    'Desarrollo sostenible',
    'Derechos humanos',
    'Perspectiva de género',
    'Perspectiva infantil',
    'Enfoque pangubernamental',
    'Enfoque pansocial',
  ].map((text) => official(text, 'official-UN', HUB)),
  roundTables: [
    ours('Garantizar que la migración sea voluntaria, ordenada y regular'),
    ours('Proteger a los migrantes mediante medidas de gobernanza de las fronteras basadas en los derechos'),
    ours('Apoyar la integración de los migrantes y su contribución al desarrollo'),
    ours('Fortalecer la formulación de políticas con base empírica, el debate público y la cooperación'),
  ],
};
