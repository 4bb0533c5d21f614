import type { checklistEn } from './en.ts';

/** Las acciones propuestas por defecto, en español (véase en.ts). */
export const checklistEs: Record<keyof typeof checklistEn, string> = {
  'checklistData.arab-read-reviews':
    'Leer los exámenes voluntarios que la Red de las Naciones Unidas sobre la Migración reunió para los Estados Árabes y contrastarlos con su propia evaluación',
  'checklistData.arab-process':
    'Seguir el examen como un proceso de varios meses y no como una sola reunión (el primero se extendió de junio de 2020 a febrero de 2021), y aportar a su consulta de múltiples interesados',
  'checklistData.arab-organisers':
    'Informar pronto a los organizadores: el examen lo coorganizan la OIM, la CESPAO y la Liga de los Estados Árabes',
  'checklistData.vnr-participatory':
    'Promover procesos participativos para los exámenes voluntarios y tomar parte en ellos, por ejemplo organizando reuniones de consulta o diálogos con los ministerios pertinentes',
  'checklistData.vnr-own-assessment':
    'Preparar su propia evaluación de la aplicación, por su cuenta o junto con otras organizaciones',
  'checklistData.unece-read-reviews':
    'Leer los exámenes voluntarios que la Red de las Naciones Unidas sobre la Migración reunió para Europa y América del Norte (CEPE) y contrastarlos con su propia evaluación',
  'checklistData.unece-consultations':
    'Participar en las consultas con las partes interesadas de la Red de las Naciones Unidas sobre la Migración antes del examen (29 de enero y 28 de febrero de 2024, en línea) y enviar sus prioridades al relator de las partes interesadas',
  'checklistData.unece-hearing':
    'Inscribirse en la audiencia de las partes interesadas que se celebra la mañana del examen (de 8.30 a 10.00 horas en Ginebra, el 11 de marzo de 2024)',
  'checklistData.unece-rfsd':
    'Vincular sus mensajes al Foro Regional sobre el Desarrollo Sostenible, que se celebra inmediatamente antes o después del examen',
  'checklistData.asia-pacific-read-reviews':
    'Leer los exámenes voluntarios que la Red de las Naciones Unidas sobre la Migración reunió para Asia y el Pacífico y contrastarlos con su propia evaluación',
  'checklistData.asia-pacific-consultations':
    'Participar en las consultas con las partes interesadas celebradas antes del examen (cuatro en el primer ciclo, resumidas para la reunión)',
  'checklistData.asia-pacific-survey':
    'Preguntar a su gobierno si respondió a la encuesta de la CESPAP para los exámenes voluntarios, y contrastar sus datos con esas respuestas',
  'checklistData.lac-read-reviews':
    'Leer los exámenes voluntarios que la Red de las Naciones Unidas sobre la Migración reunió para América Latina y el Caribe y contrastarlos con su propia evaluación',
  'checklistData.lac-hearing':
    'Inscribirse en la reunión de múltiples interesados que se celebra antes de la conferencia intergubernamental en la CEPAL (13 a 15 de abril de 2021; 18 de marzo de 2025)',
  'checklistData.lac-processes':
    'Vincular su aporte a los procesos subregionales y regionales que se reúnen antes del examen (el 12 de abril en 2021)',
  'checklistData.africa-read-reviews':
    'Leer los exámenes voluntarios que la Red de las Naciones Unidas sobre la Migración reunió para África y contrastarlos con su propia evaluación',
  'checklistData.africa-stakeholders':
    'Participar en la consulta con las partes interesadas celebrada antes del examen (el 27 de agosto de 2021 en el primer ciclo) y llevar a ella su evaluación',
  'checklistData.sg-publish':
    'Publicar editoriales, entradas de blog u otros textos que respondan al informe y den a conocer sus prioridades',
  'checklistData.accreditation-apply':
    'Solicitar la acreditación especial para cada organización miembro que vaya a participar en la audiencia o en el Foro',
  'checklistData.dialogue-speakers': 'Proponer oradores para los seminarios web y participar activamente en ellos',
  'checklistData.dialogue-online-space': 'Participar en el espacio de debate en línea',
  'checklistData.dialogue-background':
    'Preparar sus propios documentos de antecedentes sobre cualquiera de los temas del diálogo, con análisis y recomendaciones que nutran los debates',
  'checklistData.dialogue-respond':
    'Elaborar documentos u organizar reuniones informativas que partan de los diálogos y respondan a ellos',
  'checklistData.sg-migration-week':
    'Participar en los actos de la semana de la migración para dar a conocer sus prioridades y escuchar las del Secretario General, los Estados y otras partes interesadas',
  'checklistData.sg-launch-events':
    'Organizar actos vinculados a la presentación del informe para dar su respuesta al informe del Secretario General y compartir sus recomendaciones',
  'checklistData.pd-key-messages':
    'Pensar qué cuestiones y medidas quiere ver reflejadas en la Declaración sobre los Progresos y elaborar mensajes clave y documentos de incidencia al respecto, para compartirlos con los gobiernos a nivel nacional y a través de sus representaciones ante las Naciones Unidas en Nueva York',
  'checklistData.pd-promote':
    'Promover estos mensajes organizando reuniones informativas o participando en actos organizados por otros',
  'checklistData.hearing-register':
    'Inscribirse para participar (se necesitará acreditación; los detalles figurarán en el sitio web de la Red) y prepararse para plantear sus prioridades',
  'checklistData.hearing-side-events':
    'Organizar actos paralelos o reuniones informativas durante la audiencia o antes de ella',
  'checklistData.forum-register':
    'Inscribirse para participar (se necesitará acreditación; los detalles figurarán en el sitio web de la Red) y plantear sus prioridades en las mesas redondas, el debate sobre políticas y el debate general (aún no está claro cuántas partes interesadas no estatales podrán intervenir en el acto principal)',
  'checklistData.forum-side-events':
    'Organizar actos paralelos sobre sus temas o situaciones prioritarios, o para dar voz a otros',
  'checklistData.forum-briefings':
    'Concertar reuniones informativas oficiosas con los Estados y otras partes interesadas pertinentes',
  'checklistData.forum-delegations':
    'Fomentar la inclusión de las partes interesadas, en particular de las personas migrantes, en las delegaciones de los Estados Miembros',
  'checklistData.pledge-advocate':
    'Abogar por que los Estados y otras partes interesadas asuman compromisos sobre sus cuestiones prioritarias',
  'checklistData.pledge-develop':
    'Formular compromisos sobre acciones que puede llevar a cabo por su cuenta o junto con otras organizaciones',
  'checklistData.outcome-text':
    'Buscar el texto aprobado de la Declaración sobre los Progresos y anotar su signatura, la fecha de aprobación y dónde se publica',
  'checklistData.outcome-summary':
    'Explicar a los miembros a qué compromete la Declaración a los Estados, citando los números de párrafo, y cuáles de sus mensajes clave recogió',
  'checklistData.monitor-commitments':
    'Enumerar los compromisos de la Declaración sobre los Progresos que su coalición seguirá, cada uno con su número de párrafo',
  'checklistData.monitor-indicators':
    'Para cada compromiso, elegir un indicador, su valor de referencia y quién reúne los datos; usar los indicadores voluntarios propuestos en el informe del Secretario General de diciembre de 2024 cuando sean adecuados',
  'checklistData.monitor-assign':
    'Asignar cada compromiso a una organización miembro, con una fecha para informar a la coalición',
  'checklistData.monitor-pledges':
    'Registrar los compromisos que su gobierno y su coalición asumieron en el Foro, y cuándo vence cada uno',
  'checklistData.monitor-reviews':
    'Decidir qué conclusiones van al examen de su región y cuáles al próximo Foro, y preguntar a su gobierno cómo informará sobre sus compromisos',
};
