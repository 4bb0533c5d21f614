import type { TemplateText } from './templateTextShape.ts';

/** Las plantillas integradas en español (términos del Pacto Mundial para la Migración Segura, Ordenada y Regular). */
export const es: TemplateText = {
  uncertainty: {
    template: 'Plantilla «{title}»: {note}',
    milestone: 'Hito «{title}» ({how}): {note}',
    unsourced: 'no confirmado por una fuente primaria.',
    projected: 'proyectado',
    unconfirmed: 'sin confirmar',
  },
  unofficialPrinciples:
    'los nombres de los principios son aquí una traducción no oficial; el texto oficial figura en el párrafo 15 de la resolución A/RES/73/195',
  covers: {
    vnrInput: {
      subtitle: 'Aporte de la sociedad civil al examen nacional voluntario del Pacto Mundial sobre Migración',
      purpose:
        'Nuestra contribución al examen del Estado sobre cómo aplica el Pacto Mundial para una Migración Segura, Ordenada y Regular, examen que el Pacto pide que sea participativo.',
    },
    shadowReport: {
      subtitle:
        'Evaluación de la sociedad civil sobre la aplicación del Pacto Mundial para una Migración Segura, Ordenada y Regular',
      purpose:
        'Este informe conjunto evalúa, objetivo por objetivo, la aplicación del Pacto Mundial sobre Migración, a partir de la experiencia de sus autores y de las personas migrantes con quienes trabajan. Se presenta al examen regional y al Foro de Examen de la Migración Internacional.',
    },
    backgroundNote: {
      purpose:
        'Análisis y recomendaciones sobre los objetivos que esta mesa redonda examina en conjunto ({objectives}), para el seguimiento del Foro de Examen de la Migración Internacional y los exámenes regionales.',
    },
    policyBrief: {
      subtitle: 'Nota de política sobre la aplicación del Pacto Mundial sobre Migración: {theme}',
      purpose:
        'Un breve análisis de una laguna o un desafío emergente en la aplicación del Pacto Mundial sobre Migración, con nuestras recomendaciones a los Estados.',
    },
    sgReportResponse: {
      subtitle:
        'Respuesta de la sociedad civil al informe del Secretario General sobre el Pacto Mundial sobre Migración',
      purpose:
        'En qué coincidimos con el informe del Secretario General sobre la aplicación del Pacto Mundial sobre Migración, qué omite y qué recomendamos.',
    },
    keyMessages: {
      subtitle:
        'Mensajes clave de la sociedad civil para la Declaración sobre los Progresos del Foro de Examen de la Migración Internacional',
      purpose:
        'Lo que pedimos a los Estados Miembros que acuerden en la Declaración sobre los Progresos, el resultado acordado a nivel intergubernamental de cada Foro de Examen de la Migración Internacional.',
    },
    declarationAmendments: {
      subtitle: 'Propuestas de enmienda al proyecto de Declaración sobre los Progresos',
      purpose:
        'Los cambios que proponemos al proyecto, párrafo por párrafo, cada uno con su justificación y los objetivos del Pacto Mundial sobre Migración a los que sirve.',
    },
    missionTalkingPoints: {
      subtitle: 'Puntos de conversación para una reunión con una misión permanente',
      purpose:
        'Nuestros argumentos y nuestra petición a la misión sobre la aplicación del Pacto Mundial sobre Migración y su examen.',
    },
    hearingStatement: {
      subtitle:
        'Declaración ante la audiencia de múltiples interesados del Foro de Examen de la Migración Internacional',
      purpose:
        'Nuestra declaración ante la audiencia que convoca la Presidencia de la Asamblea General la víspera del Foro, cuyo resumen se presenta en la apertura del Foro.',
    },
    oralStatement: {
      subtitle: 'Declaración ante el Foro de Examen de la Migración Internacional',
      purpose:
        'Una declaración oral de la sociedad civil sobre la aplicación del Pacto Mundial para una Migración Segura, Ordenada y Regular.',
    },
    pledge: {
      subtitle: 'Compromiso para la aplicación del Pacto Mundial para una Migración Segura, Ordenada y Regular',
      purpose:
        'Un compromiso de acción concreto, medible y con plazos para la aplicación del Pacto Mundial sobre Migración, asumido por las organizaciones que figuran en esta portada.',
    },
    sideEventConceptNote: {
      subtitle: 'Nota conceptual para un evento paralelo sobre el Pacto Mundial sobre Migración',
      purpose:
        'Nuestra propuesta de un evento paralelo de una hora en el Foro de Examen de la Migración Internacional o en un examen regional: su tema, sus oradores y los resultados concretos que busca.',
    },
  },
  vnrInput: {
    title: 'Aporte a una consulta sobre un examen nacional voluntario',
    description:
      'Su contribución al examen nacional voluntario de un Estado, que el Pacto pide que sea participativo. Las secciones siguen una estructura predeterminada plausible para el examen.',
    unconfirmedNote:
      'La estructura de presentación de informes de la Red de las Naciones Unidas sobre la Migración para los exámenes nacionales voluntarios no está confirmada; estas secciones son una estructura predeterminada plausible.',
    sections: {
      about: {
        title: 'Quiénes somos',
        guidance: 'Las organizaciones que presentan el aporte, a quién representan y cómo participaron los migrantes.',
      },
      methodology: {
        title: 'Metodología de preparación del examen',
        guidance:
          'Hasta qué punto fue inclusivo el proceso del gobierno: a quién se consultó, cuándo y con cuánta antelación; qué lo haría realmente participativo.',
      },
      policy: {
        title: 'Políticas y entorno propicio',
        guidance: 'Las leyes, políticas e instituciones que facilitan u obstaculizan la aplicación.',
      },
      progress: {
        title: 'Avances en los objetivos del Pacto',
        guidance:
          'Los avances y las carencias en los objetivos que mejor conoce; etiquete cada pasaje con los objetivos a los que se refiere.',
      },
      means: { title: 'Medios de aplicación', guidance: 'Financiación, capacidad, datos y alianzas.' },
      nextSteps: {
        title: 'Próximos pasos y recomendaciones',
        guidance: 'Los compromisos que el examen debería exigir al gobierno, numerados.',
      },
    },
  },
  shadowReport: {
    title: 'Informe paralelo sobre la aplicación',
    description:
      'Una evaluación de la sociedad civil sobre la aplicación del Pacto, objetivo por objetivo, agrupados según las mesas redondas, con recomendaciones. Párrafos numerados.',
    unconfirmedNote:
      'Los títulos de las mesas redondas que figuran en los encabezados no son oficiales (ninguna fuente oficial los da); los grupos de objetivos proceden de la resolución A/RES/73/326.',
    objectiveGuidance:
      'Avances: lo que el Estado ha hecho desde el último examen, en su propio informe y en la práctica. ' +
      'Carencias: lo que falta, quién queda excluido, dónde la práctica contradice la política. ' +
      'Pruebas: cite las fuentes por su nombre y los documentos de las Naciones Unidas por su signatura y párrafo; añada notas al pie. ' +
      'Recomendaciones: concretas, dirigidas a un actor determinado y con plazos. ' +
      'Vincule la evaluación al examen voluntario del Estado y a las recomendaciones anteriores. Elimine esta sección si no evalúa este objetivo.',
    clusterGuidance:
      'El grupo de objetivos que la resolución A/RES/73/326 asigna a la mesa redonda {n} (examinados conjuntamente en 2022). Si resulta útil, comience con dos o tres frases sobre el grupo en su conjunto.',
    sections: {
      coverSummary: {
        title: 'Portada y resumen',
        guidance:
          'Portada: el país o la región, el proceso al que contribuye este informe (por ejemplo, el examen regional o el Foro) y todas las organizaciones autoras. Resumen: las principales conclusiones y recomendaciones en pocos párrafos y, a continuación, palabras clave.',
      },
      about: {
        title: 'Quiénes somos y cómo se preparó este informe',
        guidance:
          'Mencione cada organización autora y a quién representa. Explique cómo se preparó el informe: consultas realizadas, participación de los migrantes, fuentes utilizadas y período abarcado.',
      },
      assessment: {
        title: 'Evaluación de la aplicación',
        guidance:
          'Agrupada según las cuatro mesas redondas previstas en la resolución A/RES/73/326. La sección de cada objetivo aborda los avances, las carencias, las pruebas y las recomendaciones.',
      },
      principles: {
        title: 'Principios rectores transversales',
        guidance:
          'Cómo respeta la aplicación los principios rectores (A/RES/73/195, párr. 15): {principles}. Etiquete los pasajes con los principios a los que se refieren.',
      },
      previousDeclaration: {
        title: 'Seguimiento de la anterior Declaración sobre los Progresos',
        guidance:
          'Los compromisos que la última Declaración sobre los Progresos asignó a los Estados, citados por párrafo; lo que el Estado ha hecho respecto de cada uno; y los indicadores propuestos para medirlo (el informe del Secretario General de diciembre de 2024 propone un marco de indicadores voluntario). Indique dónde no existen indicadores o datos.',
      },
      recommendations: {
        title: 'Recomendaciones',
        guidance:
          'Numérelas; dirija cada una a un actor determinado; hágalas concretas y con plazos. Remita a los objetivos a los que responden.',
      },
      annexes: {
        title: 'Anexos',
        guidance: 'Organizaciones que respaldan el informe, metodología, cuadros de datos, fuentes consultadas.',
      },
    },
  },
  backgroundNote: {
    title: 'Nota de antecedentes para una mesa redonda: mesa redonda {n}',
    description:
      'Unas {words} palabras de análisis y recomendaciones sobre un grupo de objetivos: {roundTable} (objetivos {objectives}). Para la serie de diálogos, las consultas en línea y la propia mesa redonda.',
    unconfirmedNote:
      'El título de la mesa redonda no es oficial (ninguna fuente oficial lo da); sus objetivos proceden de la resolución A/RES/73/326.',
    objectiveGuidance:
      'La situación, lo que funciona y lo que no, con una prueba. Combine o elimine los objetivos que no aborde.',
    sections: {
      summary: { title: 'Resumen', guidance: 'Tres o cuatro frases: la conclusión principal y la petición principal.' },
      context: {
        title: 'Contexto',
        guidance:
          'Por qué este grupo de objetivos importa ahora, en su región o para las personas con las que trabaja.',
      },
      analysis: { title: 'Análisis por objetivo', guidance: '{roundTable}.' },
      recommendations: {
        title: 'Recomendaciones',
        guidance: 'Numeradas, dirigidas a actores determinados y concretas.',
      },
      authors: { title: 'Sobre los autores', guidance: 'Quién redactó esta nota y cómo contactar con sus autores.' },
    },
  },
  policyBrief: {
    title: 'Nota de política temática: {theme}',
    description:
      'Unas {words} palabras de análisis y recomendaciones sobre una de las carencias y de los nuevos desafíos de la serie de diálogos: {theme}. Para las consultas y la negociación de la Declaración sobre los Progresos.',
    unconfirmedNote:
      'La nota informativa nombra el tema, no los objetivos; las etiquetas de objetivos son una sugerencia de Concord basada en sus títulos (A/RES/73/195). Adáptelas a su nota.',
    themes: {
      climateChange: 'Cambio climático',
      preventingLossOfLife: 'Prevención de la pérdida de vidas',
      alternativesToDetention: 'Alternativas a la detención de inmigrantes',
      youth: 'Juventud',
      inclusiveSocieties: 'Sociedades inclusivas',
      covid19: 'Respuesta a la COVID-19 y recuperación',
    },
    sections: {
      keyMessages: {
        title: 'Mensajes clave',
        guidance: 'De tres a cinco mensajes que un diplomático con poco tiempo lee primero.',
      },
      issue: {
        title: 'La cuestión',
        guidance: 'Qué ocurre, a quién y dónde; por qué importa para el Pacto en este momento.',
      },
      evidence: {
        title: 'Pruebas',
        guidance:
          'Datos y casos con sus fuentes (en notas al pie); cite los documentos de las Naciones Unidas por su signatura y párrafo.',
      },
      commitments: {
        title: 'Los compromisos que el Pacto impone a los Estados',
        guidance:
          'Los compromisos correspondientes a los objetivos aquí etiquetados (A/RES/73/195, citados por párrafo) y lo que la última Declaración sobre los Progresos dijo sobre este tema.',
      },
      recommendations: {
        title: 'Recomendaciones',
        guidance: 'Numeradas, dirigidas a actores determinados, concretas y con plazos.',
      },
      authors: { title: 'Sobre los autores', guidance: 'Quién redactó esta nota y cómo contactar con sus autores.' },
    },
  },
  sgReportResponse: {
    title: 'Respuesta al informe del Secretario General',
    description:
      'Su análisis del informe del Secretario General sobre la aplicación del Pacto: en qué está de acuerdo, qué omite y sus recomendaciones. Para la presentación del informe y la Semana de la Migración.',
    sections: {
      summary: {
        title: 'Resumen',
        guidance: 'Su lectura general del informe y sus tres recomendaciones principales.',
      },
      findings: {
        title: 'Principales conclusiones del informe',
        guidance: 'Lo que dice el informe, citado por signatura del documento y párrafo (no por página).',
      },
      agree: { title: 'En qué estamos de acuerdo', guidance: 'Las conclusiones y propuestas que apoya, y por qué.' },
      gaps: {
        title: 'Lo que omite el informe',
        guidance:
          'Carencias, objetivos o grupos de migrantes omitidos, pruebas que contradicen el informe. Etiquete los pasajes con los objetivos a los que se refieren.',
      },
      recommendations: {
        title: 'Recomendaciones',
        guidance: 'A los Estados, a la Red de las Naciones Unidas sobre la Migración y al Foro. Numeradas y concretas.',
      },
      authors: { title: 'Sobre los autores', guidance: 'Organizaciones que respaldan el documento y contactos.' },
    },
  },
  opEd: {
    title: 'Artículo de opinión o entrada de blog',
    description:
      'Un artículo de opinión o una entrada de blog que responde al informe del Secretario General o al Foro y da a conocer sus prioridades.',
    sections: {
      headline: {
        title: 'Titular y entradilla',
        guidance: 'Un titular de menos de 12 palabras y una frase que diga lo que defiende el texto.',
      },
      hook: {
        title: 'Comienzo',
        guidance: 'Una persona, una cifra o un acontecimiento que despierte el interés del lector.',
      },
      argument: {
        title: 'Argumento',
        guidance: 'Su idea en palabras sencillas; lo que prometió el Pacto y lo que está ocurriendo.',
      },
      evidence: { title: 'Pruebas', guidance: 'Dos o tres hechos con sus fuentes (enlazadas).' },
      ask: { title: 'Lo que debe ocurrir', guidance: 'Una petición clara a un actor determinado, con una fecha.' },
      bio: { title: 'Sobre el autor', guidance: 'Una o dos líneas.' },
    },
  },
  keyMessages: {
    title: 'Mensajes clave para la Declaración sobre los Progresos',
    description:
      'Mensajes breves y numerados para los gobiernos que negocian la Declaración sobre los Progresos, cada uno etiquetado con los objetivos a los que responde y acompañado de una justificación de una línea.',
    message: {
      title: 'Mensaje {n}',
      guidance:
        'El mensaje en una o dos frases, redactado como el texto que quiere ver en la Declaración sobre los Progresos. Etiquételo con los objetivos a los que responde. Después, una línea: «Justificación: …» con la prueba o el motivo.',
    },
    sections: {
      about: {
        title: 'Sobre estos mensajes',
        guidance:
          'Quién los respalda, y para qué negociación y qué destinatarios (capitales, misiones en Nueva York, cofacilitadores).',
      },
      messages: {
        title: 'Mensajes clave',
        guidance:
          'Entre cinco y siete mensajes como máximo; el primero es el más importante. Añada o elimine mensajes según convenga.',
      },
      followUp: {
        title: 'Seguimiento de la anterior Declaración sobre los Progresos',
        guidance:
          'Qué compromisos de la última Declaración siguen sin cumplirse y qué indicadores propone para su seguimiento (a partir del marco de indicadores voluntario propuesto en el informe del Secretario General de diciembre de 2024).',
      },
      contacts: { title: 'Contactos', guidance: 'A quién dirigirse por cada mensaje, con su correo electrónico.' },
    },
  },
  declarationAmendments: {
    title: 'Enmiendas a un proyecto de declaración',
    description:
      'Los cambios que propone a un proyecto de Declaración sobre los Progresos (borrador cero o una revisión), una fila por párrafo: texto actual, texto propuesto, justificación y objetivos a los que responde. Se exporta como cuadro.',
    columns: {
      paragraph: 'Párrafo',
      current: 'Texto actual',
      proposed: 'Texto propuesto',
      justification: 'Justificación',
      objectives: 'Objetivos',
    },
    sections: {
      about: {
        title: 'Sobre estas enmiendas',
        guidance:
          'Qué proyecto (borrador cero o revisión, con su fecha), quién propone las enmiendas y con quién contactar. Remita a los párrafos por su número en ese proyecto.',
      },
      amendments: {
        title: 'Enmiendas propuestas',
        guidance:
          'Una fila por enmienda, en el orden de los párrafos del proyecto. Texto actual: cítelo exactamente. Texto propuesto: la nueva redacción completa. Justificación: una o dos frases, con la prueba o el lenguaje acordado en que se basa (el Pacto citado por párrafo). Objetivos: sus números, por ejemplo O13. Añada filas si es necesario.',
      },
      general: {
        title: 'Observaciones generales',
        guidance:
          'Lo que no es una enmienda a un párrafo concreto: temas ausentes, estructura, redacción que conviene conservar.',
      },
    },
  },
  missionTalkingPoints: {
    title: 'Puntos de conversación: reunión con una misión permanente',
    description:
      'Puntos de conversación breves para una reunión con la misión permanente de un gobierno, en Nueva York o en Ginebra, durante la negociación o en torno al Foro: un propósito, tres puntos, una petición.',
    point: {
      title: 'Punto {n}',
      guidance: 'Un punto en una o dos frases, la prueba que lo sustenta y el objetivo al que se refiere (etiquételo).',
    },
    sections: {
      meeting: {
        title: 'La reunión',
        guidance:
          'Para su equipo, no para la misión. Con quién se reúne (nombre, cargo, misión), cuándo, quién acude por la coalición y quién habla primero; qué dijo este gobierno en el último Foro o examen regional, y sus compromisos.',
      },
      purpose: {
        title: 'Nuestro propósito',
        guidance: 'Una frase: lo que quiere que haga la misión después de esta reunión.',
      },
      points: { title: 'Puntos de conversación', guidance: 'Tres puntos como máximo, el más sólido primero.' },
      ask: {
        title: 'Nuestra petición',
        guidance:
          'La petición concreta: un párrafo del proyecto de Declaración que apoyar, un compromiso que asumir, la sociedad civil o migrantes en la delegación.',
      },
      followUp: {
        title: 'Documentos entregados y seguimiento',
        guidance: 'Lo que entrega (mensajes clave, enmiendas) y cuándo hará el seguimiento.',
      },
    },
  },
  jointLetter: {
    title: 'Carta conjunta o declaración para adhesiones',
    description:
      'Una carta o declaración a la que se adhieren otras organizaciones. Invítelas desde el panel de adhesiones; las que la respaldan figuran como firmantes al final de la carta exportada.',
    sections: {
      addressee: {
        title: 'Destinatario y fecha',
        guidance:
          'A quién va dirigida la carta (un ministro, los cofacilitadores, el Presidente de la Asamblea General), con su cargo y dirección, y la fecha.',
      },
      opening: {
        title: 'Por qué escribimos',
        guidance:
          'Quién escribe (la coalición, cuántas organizaciones, de qué países) y por qué ahora: la etapa del proceso a la que sirve esta carta.',
      },
      concerns: {
        title: 'Nuestras preocupaciones',
        guidance:
          'Los hechos que motivan la carta, cada uno con su fuente; cite los documentos de las Naciones Unidas por su signatura y párrafo. Etiquete los pasajes con los objetivos a los que se refieren.',
      },
      asks: {
        title: 'Lo que pedimos',
        guidance:
          'Peticiones numeradas y concretas dirigidas al destinatario, cada una vinculada a un objetivo del Pacto o a un compromiso de la Declaración sobre los Progresos.',
      },
      closing: {
        title: 'Despedida y contacto',
        guidance:
          'Una frase de despedida y una persona de contacto con su correo electrónico. No escriba aquí los firmantes: las organizaciones que la respaldan en el panel de adhesiones figuran al final al exportar.',
      },
    },
  },
  delegationLetter: {
    title: 'Carta: incluir a la sociedad civil y a los migrantes en la delegación',
    description:
      'Una carta en la que se pide a su gobierno que incluya a la sociedad civil, y a los propios migrantes, en su delegación al Foro o a un examen regional, como recomienda la nota informativa. Envíela con suficiente antelación al cierre de la acreditación.',
    sections: {
      addressee: {
        title: 'Destinatario y fecha',
        guidance:
          'El ministro o ministerio que encabeza la delegación de su país (asuntos exteriores, interior o trabajo), con copia a la misión permanente; la fecha.',
      },
      request: {
        title: 'Nuestra petición',
        guidance:
          'Pida que la delegación al Foro (o al examen regional) incluya a representantes de la sociedad civil y de los propios migrantes, designados por sus propias organizaciones.',
      },
      why: {
        title: 'Por qué es importante',
        guidance:
          'El enfoque pansocial del Pacto (A/RES/73/195, párr. 15 j)) y su llamamiento a exámenes participativos; lo que sus miembros aportarían a la delegación.',
      },
      proposal: {
        title: 'A quién proponemos',
        guidance:
          'Nombres o perfiles de las personas que propone, y cómo las eligieron las comunidades a las que representan.',
      },
      closing: {
        title: 'Despedida y contacto',
        guidance:
          'Una frase de despedida y una persona de contacto con su correo electrónico. Las organizaciones que la respaldan en el panel de adhesiones figuran al final al exportar.',
      },
    },
  },
  hearingStatement: {
    title: 'Declaración para la audiencia de múltiples interesados',
    description:
      'Una declaración oral para la audiencia que se celebra la víspera del Foro. Prevista para {minutes} minutos (unas {words} palabras a {pace} palabras por minuto; de 200 a 260 palabras con el ritmo habitual de 100 a 130); cambie el presupuesto si su turno es distinto.',
    unconfirmedNote:
      'No se encontró ningún límite de tiempo publicado para la audiencia: el presupuesto de 2 minutos es un valor predeterminado que debe ajustar a su turno.',
    sections: {
      speaker: {
        title: 'Orador y sesión',
        guidance:
          'No se lee en voz alta. El orador, su organización y la sesión en que interviene, según el programa de su audiencia: cada audiencia fija el suyo (la de 2022 tuvo estas: {sessions}).',
      },
      statement: {
        title: 'Declaración',
        guidance:
          'Para leer en voz alta, con la lentitud necesaria para los intérpretes (unas {pace} palabras por minuto). Un saludo en una línea; una idea que quiere que se recuerde; una prueba o la voz de un migrante; una petición clara a los Estados; un cierre. Frases cortas, sin siglas.',
      },
    },
    sessions2022: {
      progress: 'avances, carencias y desafíos',
      commitments: 'compromisos y recomendaciones',
      summary: 'resumen colectivo de recomendaciones y compromisos',
    },
  },
  oralStatements: {
    slotNote:
      'No se encontró ningún límite de tiempo publicado para los interesados en las mesas redondas, el debate normativo o el plenario: el presupuesto de 2 minutos es un valor predeterminado que debe ajustar a su turno.',
    budgetSentence: 'Prevista para 2 minutos: unas 200 a 260 palabras leídas a 100 a 130 palabras por minuto.',
    venues: {
      roundTable: {
        title: 'Declaración oral: mesa redonda',
        description:
          'Una intervención en una de las cuatro mesas redondas de múltiples interesados, sobre los objetivos de su grupo. En cada mesa redonda se reserva un espacio a los interesados, pero solo intervienen los oradores seleccionados.',
        context:
          'No se lee en voz alta. El orador, su organización, la mesa redonda (su número y su grupo de objetivos) y la duración de su turno. Etiquete esta sección con los objetivos de los que habla.',
      },
      policyDebate: {
        title: 'Declaración oral: debate normativo',
        description:
          'Una intervención en el debate normativo, que se abre con los resúmenes técnicos de las mesas redondas. Se reserva un espacio a los interesados, pero solo intervienen los oradores seleccionados.',
        context:
          'No se lee en voz alta. El orador, su organización y la duración de su turno. Relacione su idea con lo que dijeron, o dejaron de decir, los resúmenes de las mesas redondas.',
      },
      plenary: {
        title: 'Declaración oral: plenario',
        description:
          'Una declaración en el plenario y el debate general, donde los Estados presentan sus avances y compromisos. En la apertura intervienen un representante de la comunidad migrante y uno de la sociedad civil, que presenta el resumen de la audiencia (A/RES/73/326).',
        context:
          'No se lee en voz alta. El orador, su organización, la parte de la sesión en que interviene y la duración de su turno. Si habla en nombre de la comunidad migrante o de la sociedad civil en la apertura, indique quién le eligió para representarla.',
      },
    },
    sections: {
      speaker: { title: 'Orador y turno' },
      statement: {
        title: 'Declaración',
        guidance:
          'Para leer en voz alta, con la lentitud necesaria para los intérpretes (unas {pace} palabras por minuto). Diríjase a la presidencia; una idea que quiere que se recuerde; una prueba o la voz de un migrante; una petición clara a los Estados, vinculada a un objetivo; un cierre. Frases cortas, sin siglas. Un turno de 2 minutos admite de 200 a 260 palabras y uno de 3 minutos, de 300 a 390: ajuste el presupuesto a su turno.',
      },
    },
  },
  pledge: {
    title: 'Compromiso',
    description:
      'Un compromiso de acción para la aplicación del Pacto, individual o conjunto, con los campos del formulario de compromisos de la Red de las Naciones Unidas sobre la Migración y en su orden. La descripción tiene entre {min} y {max} caracteres; el formulario admite un archivo adjunto.',
    types: {
      financial: 'Financiero',
      humanResources: 'Recursos humanos',
      processOriented: 'Orientado a procesos',
      policyOriented: 'Orientado a políticas',
    },
    sections: {
      contact: { title: 'Persona de contacto', guidance: 'Nombre, organización y correo electrónico.' },
      pledger: { title: 'Autor del compromiso', guidance: 'La organización (o coalición) que asume el compromiso.' },
      partners: {
        title: 'Otros Estados o actores participantes (compromisos conjuntos)',
        guidance:
          'Otros Estados o actores que se comprometen con usted. Los compromisos se asumen preferentemente en alianza.',
      },
      matching: {
        title: 'Compromiso correspondiente (título e identificador del compromiso al que responde)',
        guidance: 'Si este compromiso responde a otro, su título e identificador. De lo contrario, déjelo vacío.',
      },
      type: { title: 'Tipo', guidance: 'Uno de los siguientes: {types}.' },
      objectivesPrinciples: {
        title: 'Objetivos y principios del Pacto',
        guidance:
          'Enumere los objetivos y principios rectores del Pacto a los que responde el compromiso, y etiquete esta sección con ellos.',
      },
      timeline: { title: 'Calendario', guidance: 'Inicio, hitos y fecha de finalización.' },
      description: {
        title: 'Descripción',
        guidance:
          'Qué hará, para quién y para cuándo. Debe ser concreto, medible (diga cómo sabrán usted y otros que se ha cumplido: cifras, fechas, productos), realista, orientado al futuro, con plazos y preferentemente en alianza. Los compromisos se refieren a los migrantes, no a los refugiados. Entre {min} y {maxPlain} caracteres.',
      },
      attachment: {
        title: 'Archivo adjunto',
        guidance:
          'El formulario admite un solo archivo adjunto: indique qué archivo adjuntará (una nota conceptual, un presupuesto, una carta de compromiso) y qué muestra.',
      },
    },
  },
  sideEventConceptNote: {
    title: 'Nota conceptual para un evento paralelo',
    description:
      'Una propuesta de evento paralelo. En el Foro de 2022 los eventos paralelos duraban una hora, fuera del horario oficial, en unas 20 franjas asignadas en función del nivel y la diversidad de los oradores, la presencia de interesados en el panel, el equilibrio regional y los resultados concretos.',
    sections: {
      eventTitle: {
        title: 'Título y formato',
        guidance: 'Título; presencial, en línea o híbrido; una hora; fecha y hora preferidas.',
      },
      background: {
        title: 'Antecedentes',
        guidance: 'Por qué este tema y por qué ahora; etiquete los objetivos a los que se refiere.',
      },
      objectives: {
        title: 'Objetivos del evento',
        guidance: 'Lo que el evento debe lograr, en dos a cuatro puntos.',
      },
      speakers: {
        title: 'Oradores y moderación',
        guidance:
          'Nivel y diversidad de los oradores (género, región, migrantes que hablan por sí mismos); interesados en el panel, no solo Estados; equilibrio regional.',
      },
      outcomes: {
        title: 'Resultados previstos',
        guidance: 'Resultados concretos: un compromiso, una declaración conjunta, una reunión de seguimiento.',
      },
      organisers: {
        title: 'Organizadores y copatrocinadores',
        guidance: 'Organizaciones, Estados y entidades de las Naciones Unidas copatrocinadores; persona de contacto.',
      },
    },
  },
};
