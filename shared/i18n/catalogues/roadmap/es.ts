import type { RoadmapMessages } from './en.ts';

/** The shipped milestones and cycles in Spanish (see ./en.ts), in the terms of the catalogue's glossary. */
export const roadmapEs: RoadmapMessages = {
  'roadmapData.imrf-2022.title': 'Primer ciclo de examen (2020-2022)',
  'roadmapData.imrf-2022.description':
    'Exámenes regionales, la serie de diálogos, el informe del Secretario General y el primer Foro de Examen de la Migración Internacional (Nueva York, mayo de 2022).',
  'roadmapData.imrf-2022.review-arab.title': 'Examen regional de los Estados árabes',
  'roadmapData.imrf-2022.review-arab.description':
    'Examen regional de la aplicación del Pacto en los Estados árabes, realizado como un proceso de varios meses.',
  'roadmapData.imrf-2022.review-unece.title': 'Examen regional de la CEPE (Europa y América del Norte)',
  'roadmapData.imrf-2022.review-unece.description':
    'Consulta con las partes interesadas el 9 de noviembre de 2020; examen regional el 12 y 13 de noviembre de 2020.',
  'roadmapData.imrf-2022.review-asia-pacific.title': 'Examen regional de Asia y el Pacífico',
  'roadmapData.imrf-2022.review-asia-pacific.description':
    'Examen regional de la aplicación del Pacto en Asia y el Pacífico.',
  'roadmapData.imrf-2022.review-lac.title': 'Examen regional de América Latina y el Caribe',
  'roadmapData.imrf-2022.review-lac.description':
    'Consulta con la sociedad civil del 13 al 15 de abril de 2021; examen regional del 26 al 28 de abril de 2021.',
  'roadmapData.imrf-2022.review-africa.title': 'Examen regional de África',
  'roadmapData.imrf-2022.review-africa.description':
    'Consulta con las partes interesadas el 27 de agosto de 2021; examen regional del 31 de agosto al 1 de septiembre de 2021.',
  'roadmapData.imrf-2022.sg-report.title': 'Informe del Secretario General (A/76/642)',
  'roadmapData.imrf-2022.sg-report.description':
    'El informe bienal del Secretario General sobre la aplicación, el que debe presentarse al menos 12 semanas antes del Foro. El primer informe fue el A/75/542.',
  'roadmapData.imrf-2022.accreditation.title': 'Cierre de la acreditación especial de las partes interesadas',
  'roadmapData.imrf-2022.accreditation.description':
    'Último día para que las partes interesadas soliciten acreditación especial para la audiencia y el Foro.',
  'roadmapData.imrf-2022.consultations.title': 'Cierre de las consultas en línea por mesa redonda',
  'roadmapData.imrf-2022.consultations.description':
    'La serie de diálogos del Foro: un seminario web y un espacio de debate en línea por grupo de mesas redondas y por tema emergente, abiertos hasta el 31 de enero de 2022. Notas de antecedentes de unas 1.000 palabras.',
  'roadmapData.imrf-2022.migration-week.title':
    'Semana de la Migración: presentación del informe del Secretario General',
  'roadmapData.imrf-2022.migration-week.description':
    'Una semana de actos en torno a la presentación del informe del Secretario General.',
  'roadmapData.imrf-2022.declaration-text.title': 'Texto final de la Declaración sobre los Progresos',
  'roadmapData.imrf-2022.declaration-text.description':
    'Texto final de la Declaración sobre los Progresos, negociado bajo la dirección de dos cofacilitadores (Bangladesh y Luxemburgo), nombrados al menos dos meses antes del Foro.',
  'roadmapData.imrf-2022.hearing.title': 'Audiencia de múltiples interesados',
  'roadmapData.imrf-2022.hearing.description':
    'Convocada por la Presidencia de la Asamblea General la víspera del Foro. Sesiones de la audiencia de 2022: progresos, lagunas y desafíos; compromisos y recomendaciones; resumen colectivo de recomendaciones y promesas. Su resumen se presenta en la apertura del Foro.',
  'roadmapData.imrf-2022.forum.title': 'Foro de Examen de la Migración Internacional 2022',
  'roadmapData.imrf-2022.forum.description':
    'Nueva York. Cuatro mesas redondas (17 de mayo y la mañana del 18 de mayo), debate normativo (tarde del 18 de mayo), sesión plenaria y debate general (19 y 20 de mayo). Actos paralelos: una hora, fuera del horario oficial, unos 20 espacios.',
  'roadmapData.imrf-2022.round-tables.title': 'Cuatro mesas redondas',
  'roadmapData.imrf-2022.round-tables.description':
    'Cuatro mesas redondas interactivas de múltiples interesados, una por cada grupo de objetivos fijado por la resolución A/RES/73/326, el 17 de mayo y la mañana del 18 de mayo.',
  'roadmapData.imrf-2022.policy-debate.title': 'Debate normativo',
  'roadmapData.imrf-2022.policy-debate.description':
    'Tarde del 18 de mayo de 2022; comenzó con los resúmenes técnicos de las mesas redondas.',
  'roadmapData.imrf-2022.plenary.title': 'Sesión plenaria y debate general',
  'roadmapData.imrf-2022.plenary.description':
    'El Foro aprobó la Declaración sobre los Progresos en su último día, el 20 de mayo.',
  'roadmapData.imrf-2022.declaration.title': 'El Foro aprueba la Declaración sobre los Progresos',
  'roadmapData.imrf-2022.declaration.description':
    'Aprobada el último día del Foro, ya que cada Foro concluye con una Declaración sobre los Progresos acordada a nivel intergubernamental (A/RES/73/195, párr. 49).',
  'roadmapData.imrf-2022.adoption.title': 'La Asamblea General hace suya la Declaración sobre los Progresos',
  'roadmapData.imrf-2022.adoption.description':
    'Refrendada por consenso el 7 de junio de 2022, después de que el Foro la aprobara el 20 de mayo. La signatura de la resolución figura como A/RES/76/266.',
  'roadmapData.imrf-2026.title': 'Segundo ciclo de examen (2024-2026)',
  'roadmapData.imrf-2026.description':
    'Exámenes regionales 2024-2025, el informe del Secretario General de diciembre de 2024, la negociación de la Declaración sobre los Progresos y el segundo Foro de Examen de la Migración Internacional (Nueva York, mayo de 2026).',
  'roadmapData.imrf-2026.review-unece.title': 'Examen regional de la CEPE (Europa y América del Norte)',
  'roadmapData.imrf-2026.review-unece.description':
    'Ginebra (Palacio de las Naciones): una audiencia de las partes interesadas por la mañana y luego la conferencia intergubernamental, seguida del Foro Regional sobre el Desarrollo Sostenible.',
  'roadmapData.imrf-2026.review-arab.title': 'Examen regional de los Estados árabes',
  'roadmapData.imrf-2026.review-arab.description': 'El Cairo, en la sede de la Liga de los Estados Árabes.',
  'roadmapData.imrf-2026.review-africa.title': 'Examen regional de África',
  'roadmapData.imrf-2026.review-africa.description': 'Addis Abeba.',
  'roadmapData.imrf-2026.sg-report.title': 'Informe del Secretario General',
  'roadmapData.imrf-2026.sg-report.description':
    'Presentado el 5 de diciembre de 2024; propone un marco voluntario de indicadores para examinar la aplicación.',
  'roadmapData.imrf-2026.review-asia-pacific.title': 'Examen regional de Asia y el Pacífico',
  'roadmapData.imrf-2026.review-asia-pacific.description': 'Bangkok.',
  'roadmapData.imrf-2026.review-lac.title': 'Examen regional de América Latina y el Caribe',
  'roadmapData.imrf-2026.review-lac.description':
    'Santiago, en la CEPAL: una audiencia interactiva de múltiples interesados el 18 de marzo y luego la conferencia intergubernamental el 19 y 20 de marzo.',
  'roadmapData.imrf-2026.accreditation.title': 'Cierre de la acreditación especial de las partes interesadas',
  'roadmapData.imrf-2026.accreditation.description':
    'Último día para que las partes interesadas sin estatus ante el ECOSOC ni acreditación anterior al Pacto soliciten acreditación especial para la audiencia y el Foro. Inscríbase antes del cierre, no el día de la audiencia.',
  'roadmapData.imrf-2026.co-facilitators.title':
    'Nombramiento de los cofacilitadores de la Declaración sobre los Progresos',
  'roadmapData.imrf-2026.co-facilitators.description':
    'Dos embajadores en Nueva York dirigen la negociación, nombrados al menos dos meses antes del Foro. Tenga listos sus mensajes clave antes de que empiece la negociación.',
  'roadmapData.imrf-2026.consultations.title': 'Consultas oficiosas sobre el proyecto de Declaración',
  'roadmapData.imrf-2026.consultations.description':
    'Los Estados Miembros negocian el texto en Nueva York; las misiones y las capitales aún pueden recoger sus mensajes.',
  'roadmapData.imrf-2026.zero-draft.title': 'Borrador cero de la Declaración sobre los Progresos',
  'roadmapData.imrf-2026.zero-draft.description':
    'El primer borrador de los cofacilitadores: compárelo con sus mensajes clave y proponga enmiendas.',
  'roadmapData.imrf-2026.final-draft.title': 'Proyecto final de la Declaración sobre los Progresos',
  'roadmapData.imrf-2026.final-draft.description':
    'El texto sometido al Foro para su aprobación (en 2022 se publicó cinco días antes del Foro).',
  'roadmapData.imrf-2026.hearing.title': 'Audiencia de múltiples interesados',
  'roadmapData.imrf-2026.hearing.description':
    'La víspera del Foro; intervienen las partes interesadas no estatales. Sus sesiones no figuran en nuestras fuentes.',
  'roadmapData.imrf-2026.forum.title': 'Foro de Examen de la Migración Internacional 2026',
  'roadmapData.imrf-2026.forum.description':
    'Nueva York. Cuatro mesas redondas que abarcan los 23 objetivos, además de debates normativos.',
  'roadmapData.imrf-2026.round-tables.title': 'Cuatro mesas redondas',
  'roadmapData.imrf-2026.round-tables.description':
    'Cuatro mesas redondas que abarcan los 23 objetivos; se supone que siguen los grupos de la resolución A/RES/73/326 (como en 2022).',
  'roadmapData.imrf-2026.policy-debate.title': 'Debate normativo',
  'roadmapData.imrf-2026.policy-debate.description': 'Los debates normativos previstos en el programa del Foro.',
  'roadmapData.imrf-2026.plenary.title': 'Sesión plenaria y debate general',
  'roadmapData.imrf-2026.plenary.description':
    'Los Estados presentan sus progresos y promesas; el Foro concluye con la Declaración sobre los Progresos.',
  'roadmapData.imrf-2026.declaration.title': 'Declaración sobre los Progresos',
  'roadmapData.imrf-2026.declaration.description':
    'Cada Foro concluye con una Declaración sobre los Progresos acordada a nivel intergubernamental (A/RES/73/195, párr. 49).',
  'roadmapData.imrf-2030.title': 'Tercer ciclo de examen (2026-2030)',
  'roadmapData.imrf-2030.description':
    'Seguimiento del Foro de 2026, exámenes regionales en 2028-2029 y el tercer Foro de Examen de la Migración Internacional en 2030. Proyectado a partir de las resoluciones A/RES/73/195 y A/RES/73/326: cada fecha es provisional hasta que se anuncie.',
  'roadmapData.imrf-2030.outcome-2026.title': 'Resultado del Foro de 2026: decisiones y compromisos',
  'roadmapData.imrf-2030.outcome-2026.description':
    'Registre aquí la Declaración sobre los Progresos de 2026 (su signatura, fecha y principales compromisos) y las promesas hechas en el Foro.',
  'roadmapData.imrf-2030.monitoring-plan.title': 'Plan de seguimiento de los compromisos de la Declaración',
  'roadmapData.imrf-2030.monitoring-plan.description':
    'Convierta los compromisos de la Declaración en el plan de seguimiento de la coalición: indicadores, pruebas, quién sigue qué y qué se lleva a los exámenes regionales.',
  'roadmapData.imrf-2030.review-unece.title': 'Examen regional de Europa y América del Norte (CEPE)',
  'roadmapData.imrf-2030.review-unece.description':
    'Previsto para el mes en que la CEPE celebró su examen en el último ciclo.',
  'roadmapData.imrf-2030.review-arab.title': 'Examen regional de los Estados árabes',
  'roadmapData.imrf-2030.review-arab.description':
    'Previsto para el mes en que la CESPAO celebró su examen en el último ciclo.',
  'roadmapData.imrf-2030.review-africa.title': 'Examen regional de África',
  'roadmapData.imrf-2030.review-africa.description':
    'Previsto para el mes en que la CEPA celebró su examen en el último ciclo.',
  'roadmapData.imrf-2030.sg-report.title': 'Informe del Secretario General',
  'roadmapData.imrf-2030.sg-report.description':
    'El informe bienal sobre la aplicación; el que precede a un Foro debe presentarse al menos 12 semanas antes. Previsto para el mes del anterior.',
  'roadmapData.imrf-2030.review-asia-pacific.title': 'Examen regional de Asia y el Pacífico',
  'roadmapData.imrf-2030.review-asia-pacific.description':
    'Previsto para el mes en que la CESPAP celebró su examen en el último ciclo.',
  'roadmapData.imrf-2030.review-lac.title': 'Examen regional de América Latina y el Caribe',
  'roadmapData.imrf-2030.review-lac.description':
    'Previsto para el mes en que la CEPAL celebró su examen en el último ciclo.',
  'roadmapData.imrf-2030.accreditation.title': 'Cierre de la acreditación especial de las partes interesadas',
  'roadmapData.imrf-2030.accreditation.description':
    'Solicite la acreditación especial e inscríbase en la audiencia y el Foro antes de este cierre.',
  'roadmapData.imrf-2030.co-facilitators.title':
    'Nombramiento de los cofacilitadores de la Declaración sobre los Progresos',
  'roadmapData.imrf-2030.co-facilitators.description':
    'Al menos dos meses antes del Foro. Tenga listos sus mensajes clave antes de que empiece la negociación.',
  'roadmapData.imrf-2030.consultations.title': 'Consultas oficiosas sobre el proyecto de Declaración',
  'roadmapData.imrf-2030.consultations.description':
    'Los Estados Miembros negocian el texto en Nueva York; las misiones y las capitales aún pueden recoger sus mensajes.',
  'roadmapData.imrf-2030.zero-draft.title': 'Borrador cero de la Declaración sobre los Progresos',
  'roadmapData.imrf-2030.zero-draft.description':
    'El primer borrador de los cofacilitadores: compárelo con sus mensajes clave y proponga enmiendas.',
  'roadmapData.imrf-2030.final-draft.title': 'Proyecto final de la Declaración sobre los Progresos',
  'roadmapData.imrf-2030.final-draft.description': 'El texto sometido al Foro para su aprobación.',
  'roadmapData.imrf-2030.hearing.title': 'Audiencia de múltiples interesados',
  'roadmapData.imrf-2030.hearing.description':
    'La víspera del Foro, convocada por la Presidencia de la Asamblea General.',
  'roadmapData.imrf-2030.forum.title': 'Foro de Examen de la Migración Internacional 2030',
  'roadmapData.imrf-2030.forum.description':
    'El tercer Foro, cuatro años después del segundo (A/RES/73/195, párr. 49).',
  'roadmapData.imrf-2030.round-tables.title': 'Cuatro mesas redondas',
  'roadmapData.imrf-2030.round-tables.description': 'El primer día y la mañana del segundo (A/RES/73/326).',
  'roadmapData.imrf-2030.policy-debate.title': 'Debate normativo',
  'roadmapData.imrf-2030.policy-debate.description':
    'La tarde del segundo día, que comienza con los resúmenes de las mesas redondas (A/RES/73/326).',
  'roadmapData.imrf-2030.plenary.title': 'Sesión plenaria y debate general',
  'roadmapData.imrf-2030.plenary.description': 'Los días tercero y cuarto (A/RES/73/326).',
  'roadmapData.imrf-2030.declaration.title': 'Declaración sobre los Progresos',
  'roadmapData.imrf-2030.declaration.description':
    'Cada Foro concluye con una Declaración sobre los Progresos acordada a nivel intergubernamental (A/RES/73/195, párr. 49).',
  'roadmapData.imrf-2022.adoption.note':
    'La signatura de la resolución (A/RES/76/266) no está confirmada: la página en chino de la ONU sobre la Declaración la indica, pero no se leyó ninguna fuente primaria en inglés.',
  'roadmapData.imrf-2026.sg-report.note':
    'La signatura del documento no está confirmada (fuentes secundarias indican A/79/590).',
  'roadmapData.imrf-2026.accreditation.note':
    'La fecha límite de 2026 no figura en nuestras fuentes. La fecha es provisional, a la misma distancia del Foro que en 2022; sustitúyala por la real.',
  'roadmapData.imrf-2026.co-facilitators.note':
    'Quién fue nombrado, y cuándo, no figura en nuestras fuentes; la fecha indicada es la más tardía que permite la regla de los dos meses.',
  'roadmapData.imrf-2026.consultations.note':
    'Las fechas de las consultas de 2026 no figuran en nuestras fuentes; el período es provisional y debe editarse.',
  'roadmapData.imrf-2026.zero-draft.note':
    'La fecha del borrador cero de 2026 no figura en nuestras fuentes; el período es provisional y debe editarse.',
  'roadmapData.imrf-2026.final-draft.note':
    'La fecha de publicación del proyecto final de 2026 no figura en nuestras fuentes. La fecha es provisional, a la misma distancia del Foro que en 2022; sustitúyala por la real.',
  'roadmapData.imrf-2026.round-tables.note':
    'Los grupos y las fechas de 2026 son supuestos, no confirmados. Supuestos a partir de la resolución A/RES/73/326, que fijó este formato para cada Foro (mesas redondas el primer día y la mañana siguiente, el debate normativo esa tarde, la sesión plenaria los dos últimos días); el programa de 2026 no figura en nuestras fuentes.',
  'roadmapData.imrf-2026.policy-debate.note':
    'Supuesto a partir de la resolución A/RES/73/326, que fijó este formato para cada Foro (mesas redondas el primer día y la mañana siguiente, el debate normativo esa tarde, la sesión plenaria los dos últimos días); el programa de 2026 no figura en nuestras fuentes.',
  'roadmapData.imrf-2026.plenary.note':
    'Supuesto a partir de la resolución A/RES/73/326, que fijó este formato para cada Foro (mesas redondas el primer día y la mañana siguiente, el debate normativo esa tarde, la sesión plenaria los dos últimos días); el programa de 2026 no figura en nuestras fuentes.',
  'roadmapData.imrf-2026.declaration.note':
    'No está confirmado si se aprobó la Declaración sobre los Progresos de 2026 ni cuándo; la fecha es provisional (el último día del Foro).',
  'roadmapData.imrf-2030.outcome-2026.note':
    'No tenemos ningún texto verificado del resultado de 2026: corresponde a la coalición registrar si la Declaración se aprobó, cuándo y qué dice.',
  'roadmapData.imrf-2030.monitoring-plan.note': 'No es una fecha oficial: es un objetivo que fija su coalición.',
  'roadmapData.imrf-2030.review-unece.note':
    'Proyectado a partir de las resoluciones A/RES/73/195 (un Foro cada cuatro años, exámenes regionales entre Foros) y A/RES/73/326 (el formato de cada Foro); fecha provisional hasta que se anuncie.',
  'roadmapData.imrf-2030.review-arab.note':
    'Proyectado a partir de las resoluciones A/RES/73/195 (un Foro cada cuatro años, exámenes regionales entre Foros) y A/RES/73/326 (el formato de cada Foro); fecha provisional hasta que se anuncie.',
  'roadmapData.imrf-2030.review-africa.note':
    'Proyectado a partir de las resoluciones A/RES/73/195 (un Foro cada cuatro años, exámenes regionales entre Foros) y A/RES/73/326 (el formato de cada Foro); fecha provisional hasta que se anuncie.',
  'roadmapData.imrf-2030.sg-report.note':
    'Proyectado a partir de las resoluciones A/RES/73/195 (un Foro cada cuatro años, exámenes regionales entre Foros) y A/RES/73/326 (el formato de cada Foro); fecha provisional hasta que se anuncie.',
  'roadmapData.imrf-2030.review-asia-pacific.note':
    'Proyectado a partir de las resoluciones A/RES/73/195 (un Foro cada cuatro años, exámenes regionales entre Foros) y A/RES/73/326 (el formato de cada Foro); fecha provisional hasta que se anuncie.',
  'roadmapData.imrf-2030.review-lac.note':
    'Proyectado a partir de las resoluciones A/RES/73/195 (un Foro cada cuatro años, exámenes regionales entre Foros) y A/RES/73/326 (el formato de cada Foro); fecha provisional hasta que se anuncie.',
  'roadmapData.imrf-2030.accreditation.note':
    'Proyectado a partir de las resoluciones A/RES/73/195 (un Foro cada cuatro años, exámenes regionales entre Foros) y A/RES/73/326 (el formato de cada Foro); fecha provisional hasta que se anuncie.',
  'roadmapData.imrf-2030.co-facilitators.note':
    'Proyectado a partir de las resoluciones A/RES/73/195 (un Foro cada cuatro años, exámenes regionales entre Foros) y A/RES/73/326 (el formato de cada Foro); fecha provisional hasta que se anuncie.',
  'roadmapData.imrf-2030.consultations.note':
    'Proyectado a partir de las resoluciones A/RES/73/195 (un Foro cada cuatro años, exámenes regionales entre Foros) y A/RES/73/326 (el formato de cada Foro); fecha provisional hasta que se anuncie.',
  'roadmapData.imrf-2030.zero-draft.note':
    'Proyectado a partir de las resoluciones A/RES/73/195 (un Foro cada cuatro años, exámenes regionales entre Foros) y A/RES/73/326 (el formato de cada Foro); fecha provisional hasta que se anuncie.',
  'roadmapData.imrf-2030.final-draft.note':
    'Proyectado a partir de las resoluciones A/RES/73/195 (un Foro cada cuatro años, exámenes regionales entre Foros) y A/RES/73/326 (el formato de cada Foro); fecha provisional hasta que se anuncie.',
  'roadmapData.imrf-2030.hearing.note':
    'Proyectado a partir de las resoluciones A/RES/73/195 (un Foro cada cuatro años, exámenes regionales entre Foros) y A/RES/73/326 (el formato de cada Foro); fecha provisional hasta que se anuncie.',
  'roadmapData.imrf-2030.forum.note':
    'Proyectado a partir de las resoluciones A/RES/73/195 (un Foro cada cuatro años, exámenes regionales entre Foros) y A/RES/73/326 (el formato de cada Foro); fecha provisional hasta que se anuncie.',
  'roadmapData.imrf-2030.round-tables.note':
    'Proyectado a partir de las resoluciones A/RES/73/195 (un Foro cada cuatro años, exámenes regionales entre Foros) y A/RES/73/326 (el formato de cada Foro); fecha provisional hasta que se anuncie.',
  'roadmapData.imrf-2030.policy-debate.note':
    'Proyectado a partir de las resoluciones A/RES/73/195 (un Foro cada cuatro años, exámenes regionales entre Foros) y A/RES/73/326 (el formato de cada Foro); fecha provisional hasta que se anuncie.',
  'roadmapData.imrf-2030.plenary.note':
    'Proyectado a partir de las resoluciones A/RES/73/195 (un Foro cada cuatro años, exámenes regionales entre Foros) y A/RES/73/326 (el formato de cada Foro); fecha provisional hasta que se anuncie.',
  'roadmapData.imrf-2030.declaration.note':
    'Proyectado a partir de las resoluciones A/RES/73/195 (un Foro cada cuatro años, exámenes regionales entre Foros) y A/RES/73/326 (el formato de cada Foro); fecha provisional hasta que se anuncie.',
};
