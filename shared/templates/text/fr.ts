import type { TemplateText } from './templateTextShape.ts';

/** Les modèles intégrés en français (termes du Pacte mondial pour des migrations sûres, ordonnées et régulières). */
export const fr: TemplateText = {
  uncertainty: {
    template: 'Modèle « {title} » : {note}',
    milestone: 'Étape « {title} » ({how}) : {note}',
    unsourced: 'non confirmé par une source primaire.',
    projected: 'projetée',
    unconfirmed: 'non confirmée',
  },
  unofficialPrinciples:
    'les noms des principes sont ici une traduction non officielle ; le texte officiel figure au paragraphe 15 de la résolution A/RES/73/195',
  covers: {
    vnrInput: {
      subtitle: 'Contribution de la société civile à l’examen national volontaire du Pacte mondial sur les migrations',
      purpose:
        'Notre contribution à l’examen par l’État de sa mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières, examen que le Pacte veut participatif.',
    },
    shadowReport: {
      subtitle:
        'Évaluation par la société civile de la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières',
      purpose:
        'Ce rapport conjoint évalue, objectif par objectif, la mise en œuvre du Pacte mondial sur les migrations, à partir de l’expérience de ses auteurs et des migrants avec lesquels ils travaillent. Il est soumis à l’examen régional et au Forum d’examen des migrations internationales.',
    },
    backgroundNote: {
      purpose:
        'Analyse et recommandations sur les objectifs que cette table ronde examine ensemble ({objectives}), pour le suivi du Forum d’examen des migrations internationales et les examens régionaux.',
    },
    policyBrief: {
      subtitle: 'Note d’orientation sur la mise en œuvre du Pacte mondial sur les migrations : {theme}',
      purpose:
        'Une brève analyse d’une lacune ou d’un défi nouveau dans la mise en œuvre du Pacte mondial sur les migrations, avec nos recommandations aux États.',
    },
    sgReportResponse: {
      subtitle: 'Réponse de la société civile au rapport du Secrétaire général sur le Pacte mondial sur les migrations',
      purpose:
        'Ce que nous partageons du rapport du Secrétaire général sur la mise en œuvre du Pacte mondial sur les migrations, ce qui lui manque et ce que nous recommandons.',
    },
    keyMessages: {
      subtitle:
        'Messages clés de la société civile pour la Déclaration sur les progrès du Forum d’examen des migrations internationales',
      purpose:
        'Ce que nous demandons aux États Membres de convenir dans la Déclaration sur les progrès, document final arrêté au niveau intergouvernemental à chaque Forum d’examen des migrations internationales.',
    },
    declarationAmendments: {
      subtitle: 'Propositions d’amendements au projet de Déclaration sur les progrès',
      purpose:
        'Les modifications que nous proposons au projet, paragraphe par paragraphe, chacune avec sa justification et les objectifs du Pacte mondial sur les migrations qu’elle sert.',
    },
    missionTalkingPoints: {
      subtitle: 'Éléments de langage pour une rencontre avec une mission permanente',
      purpose:
        'Nos arguments et notre demande à la mission sur la mise en œuvre du Pacte mondial sur les migrations et son examen.',
    },
    hearingStatement: {
      subtitle: 'Déclaration à l’audition multipartite du Forum d’examen des migrations internationales',
      purpose:
        'Notre déclaration à l’audition convoquée par le Président de l’Assemblée générale la veille du Forum, dont le résumé est présenté à l’ouverture du Forum.',
    },
    oralStatement: {
      subtitle: 'Déclaration au Forum d’examen des migrations internationales',
      purpose:
        'Une déclaration orale de la société civile sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières.',
    },
    pledge: {
      subtitle: 'Engagement pour la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières',
      purpose:
        'Un engagement d’action précis, mesurable et assorti d’échéances pour la mise en œuvre du Pacte mondial sur les migrations, pris par les organisations nommées sur cette couverture.',
    },
    sideEventConceptNote: {
      subtitle: 'Note conceptuelle pour une manifestation parallèle sur le Pacte mondial sur les migrations',
      purpose:
        'Notre proposition de manifestation parallèle d’une heure au Forum d’examen des migrations internationales ou à un examen régional : son thème, ses intervenants et les résultats concrets visés.',
    },
  },
  vnrInput: {
    title: 'Contribution à une consultation sur un examen national volontaire',
    description:
      'Votre contribution à l’examen national volontaire d’un État, que le Pacte veut participatif. Les sections suivent une structure par défaut plausible pour cet examen.',
    unconfirmedNote:
      'La structure que le Réseau des Nations Unies sur les migrations propose pour les examens nationaux volontaires n’est pas confirmée ; ces sections sont une structure par défaut plausible.',
    sections: {
      about: {
        title: 'Qui nous sommes',
        guidance:
          'Les organisations qui présentent la contribution, qui elles représentent et comment les migrants y ont participé.',
      },
      methodology: {
        title: 'Méthode d’élaboration de l’examen',
        guidance:
          'Dans quelle mesure la démarche du gouvernement a été inclusive : qui a été consulté, quand, avec quel préavis ; ce qui la rendrait vraiment participative.',
      },
      policy: {
        title: 'Politiques et environnement favorable',
        guidance: 'Les lois, politiques et institutions qui facilitent ou entravent la mise en œuvre.',
      },
      progress: {
        title: 'Progrès accomplis au regard des objectifs du Pacte',
        guidance:
          'Les progrès et les lacunes pour les objectifs que vous connaissez le mieux ; associez à chaque passage les objectifs qu’il concerne.',
      },
      means: { title: 'Moyens de mise en œuvre', guidance: 'Financement, capacités, données et partenariats.' },
      nextSteps: {
        title: 'Prochaines étapes et recommandations',
        guidance: 'Ce à quoi l’examen devrait engager le gouvernement, sous forme de points numérotés.',
      },
    },
  },
  shadowReport: {
    title: 'Rapport parallèle sur la mise en œuvre',
    description:
      'Une évaluation par la société civile de la mise en œuvre du Pacte, objectif par objectif, regroupés selon les tables rondes, avec des recommandations. Paragraphes numérotés.',
    unconfirmedNote:
      'Les intitulés des tables rondes dans les titres ne sont pas officiels (aucune source officielle n’en donne) ; les groupes d’objectifs proviennent de la résolution A/RES/73/326.',
    objectiveGuidance:
      'Progrès : ce que l’État a fait depuis le dernier examen, dans son propre rapport et dans la pratique. ' +
      'Lacunes : ce qui manque, qui est laissé de côté, où la pratique contredit la politique affichée. ' +
      'Éléments de preuve : citez vos sources par leur nom, les documents de l’ONU par leur cote et leur paragraphe ; ajoutez des notes. ' +
      'Recommandations : concrètes, adressées à un acteur nommé, assorties d’un délai. ' +
      'Rattachez l’évaluation à l’examen volontaire de l’État et aux recommandations antérieures. Supprimez cette section si vous n’évaluez pas cet objectif.',
    clusterGuidance:
      'Le groupe d’objectifs que la résolution A/RES/73/326 attribue à la table ronde {n} (examinés ensemble en 2022). Si c’est utile, commencez par deux ou trois phrases sur l’ensemble du groupe.',
    sections: {
      coverSummary: {
        title: 'Page de couverture et résumé',
        guidance:
          'Couverture : le pays ou la région, le processus auquel ce rapport contribue (par exemple l’examen régional ou le Forum) et tous les coauteurs. Résumé : les principales conclusions et recommandations en quelques paragraphes, puis des mots clés.',
      },
      about: {
        title: 'Qui nous sommes et comment ce rapport a été élaboré',
        guidance:
          'Nommez chaque organisation autrice et qui elle représente. Expliquez comment le rapport a été élaboré : consultations menées, participation des migrants, sources utilisées, période couverte.',
      },
      assessment: {
        title: 'Évaluation de la mise en œuvre',
        guidance:
          'Regroupée selon les quatre tables rondes prévues par la résolution A/RES/73/326. La section de chaque objectif traite des progrès, des lacunes, des éléments de preuve et des recommandations.',
      },
      principles: {
        title: 'Principes directeurs transversaux',
        guidance:
          'Comment la mise en œuvre respecte les principes directeurs (A/RES/73/195, par. 15) : {principles}. Associez à chaque passage les principes qu’il concerne.',
      },
      previousDeclaration: {
        title: 'Suivi de la précédente Déclaration sur les progrès',
        guidance:
          'Les engagements pris par les États dans la dernière Déclaration sur les progrès, cités par paragraphe ; ce que l’État a fait pour chacun ; et les indicateurs proposés pour le mesurer (le rapport du Secrétaire général de décembre 2024 propose un cadre d’indicateurs facultatif). Signalez l’absence d’indicateur ou de données.',
      },
      recommendations: {
        title: 'Recommandations',
        guidance:
          'Numérotez-les ; adressez chacune à un acteur nommé ; rendez-les concrètes et assorties d’un délai. Renvoyez aux objectifs qu’elles servent.',
      },
      annexes: {
        title: 'Annexes',
        guidance: 'Organisations signataires, méthodologie, tableaux de données, sources consultées.',
      },
    },
  },
  backgroundNote: {
    title: 'Note d’information pour une table ronde : table ronde {n}',
    description:
      'Environ {words} mots d’analyse et de recommandations sur un groupe d’objectifs : {roundTable} (objectifs {objectives}). Pour la série de dialogues, les consultations en ligne et la table ronde elle-même.',
    unconfirmedNote:
      'L’intitulé de la table ronde n’est pas officiel (aucune source officielle n’en donne) ; ses objectifs proviennent de la résolution A/RES/73/326.',
    objectiveGuidance:
      'La situation, ce qui fonctionne, ce qui ne fonctionne pas, avec un élément de preuve. Fusionnez ou supprimez les objectifs que vous ne traitez pas.',
    sections: {
      summary: {
        title: 'Résumé',
        guidance: 'Trois ou quatre phrases : la conclusion principale et la demande principale.',
      },
      context: {
        title: 'Contexte',
        guidance:
          'Pourquoi ce groupe d’objectifs compte aujourd’hui, dans votre région ou pour les personnes avec qui vous travaillez.',
      },
      analysis: { title: 'Analyse par objectif', guidance: '{roundTable}.' },
      recommendations: {
        title: 'Recommandations',
        guidance: 'Numérotées, adressées à des acteurs nommés, concrètes.',
      },
      authors: { title: 'À propos des auteurs', guidance: 'Qui a rédigé cette note et comment le joindre.' },
    },
  },
  policyBrief: {
    title: 'Note d’orientation thématique : {theme}',
    description:
      'Environ {words} mots d’analyse et de recommandations sur l’une des lacunes et l’un des nouveaux défis de la série de dialogues : {theme}. Pour les consultations et la négociation de la Déclaration sur les progrès.',
    unconfirmedNote:
      'La note d’information nomme le thème, pas des objectifs ; les objectifs associés sont une suggestion de Concord fondée sur leurs intitulés (A/RES/73/195). Adaptez-les à votre note.',
    themes: {
      climateChange: 'Changements climatiques',
      preventingLossOfLife: 'Prévenir les pertes en vies humaines',
      alternativesToDetention: 'Solutions de rechange à la rétention des migrants',
      youth: 'Jeunesse',
      inclusiveSocieties: 'Sociétés inclusives',
      covid19: 'Réponse à la COVID-19 et relèvement',
    },
    sections: {
      keyMessages: {
        title: 'Messages clés',
        guidance: 'Trois à cinq messages qu’un diplomate pressé lit en premier.',
      },
      issue: {
        title: 'La question',
        guidance: 'Ce qui se passe, pour qui et où ; pourquoi c’est important pour le Pacte aujourd’hui.',
      },
      evidence: {
        title: 'Éléments de preuve',
        guidance:
          'Données et cas concrets avec leurs sources (en note) ; citez les documents de l’ONU par leur cote et leur paragraphe.',
      },
      commitments: {
        title: 'Ce à quoi le Pacte engage les États',
        guidance:
          'Les engagements relevant des objectifs associés ici (A/RES/73/195, cités par paragraphe), et ce que la dernière Déclaration sur les progrès dit de ce thème.',
      },
      recommendations: {
        title: 'Recommandations',
        guidance: 'Numérotées, adressées à des acteurs nommés, concrètes et assorties d’un délai.',
      },
      authors: { title: 'À propos des auteurs', guidance: 'Qui a rédigé cette note et comment le joindre.' },
    },
  },
  sgReportResponse: {
    title: 'Réponse au rapport du Secrétaire général',
    description:
      'Votre analyse du rapport du Secrétaire général sur la mise en œuvre du Pacte : vos points d’accord, ses lacunes et vos recommandations. Pour la présentation du rapport et la Semaine des migrations.',
    sections: {
      summary: {
        title: 'Résumé',
        guidance: 'Votre lecture d’ensemble du rapport et vos trois principales recommandations.',
      },
      findings: {
        title: 'Les principales conclusions du rapport',
        guidance: 'Ce que dit le rapport, cité par cote du document et par paragraphe (et non par page).',
      },
      agree: { title: 'Nos points d’accord', guidance: 'Les constats et propositions que vous soutenez, et pourquoi.' },
      gaps: {
        title: 'Ce que le rapport omet',
        guidance:
          'Les lacunes, les objectifs ou groupes de migrants oubliés, les éléments de preuve qui contredisent le rapport. Associez à chaque passage les objectifs qu’il concerne.',
      },
      recommendations: {
        title: 'Recommandations',
        guidance: 'Aux États, au Réseau des Nations Unies sur les migrations et au Forum. Numérotées et concrètes.',
      },
      authors: { title: 'À propos des auteurs', guidance: 'Organisations signataires et contacts.' },
    },
  },
  opEd: {
    title: 'Tribune ou billet de blog',
    description:
      'Un éditorial ou un billet de blog qui répond au rapport du Secrétaire général ou au Forum et fait connaître vos priorités.',
    sections: {
      headline: {
        title: 'Titre et chapeau',
        guidance: 'Un titre de moins de 12 mots et une phrase qui dit ce que le texte défend.',
      },
      hook: {
        title: 'Accroche',
        guidance: 'Une personne, un chiffre ou un événement qui donne envie de lire la suite.',
      },
      argument: {
        title: 'Argumentation',
        guidance: 'Votre propos en termes simples ; ce que le Pacte a promis et ce qui se passe réellement.',
      },
      evidence: { title: 'Éléments de preuve', guidance: 'Deux ou trois faits avec leurs sources (en lien).' },
      ask: {
        title: 'Ce qui doit changer',
        guidance: 'Une demande claire, adressée à un acteur nommé, avec une échéance.',
      },
      bio: { title: 'À propos de l’auteur', guidance: 'Une ou deux lignes.' },
    },
  },
  keyMessages: {
    title: 'Messages clés pour la Déclaration sur les progrès',
    description:
      'Des messages courts et numérotés pour les gouvernements qui négocient la Déclaration sur les progrès, chacun associé aux objectifs qu’il sert et accompagné d’une justification d’une ligne.',
    message: {
      title: 'Message {n}',
      guidance:
        'Le message en une ou deux phrases, formulé comme le texte que vous voulez voir dans la Déclaration sur les progrès. Associez-le aux objectifs qu’il sert. Puis une ligne : « Justification : … » avec l’élément de preuve ou la raison.',
    },
    sections: {
      about: {
        title: 'À propos de ces messages',
        guidance:
          'Qui les soutient, pour quelle négociation et à l’intention de qui (capitales, missions à New York, cofacilitateurs).',
      },
      messages: {
        title: 'Messages clés',
        guidance:
          'Cinq à sept messages au plus ; le premier est le plus important. Ajoutez ou supprimez des messages selon les besoins.',
      },
      followUp: {
        title: 'Suivi de la précédente Déclaration sur les progrès',
        guidance:
          'Les engagements de la dernière Déclaration qui restent à tenir, et les indicateurs que vous proposez pour en assurer le suivi (en vous appuyant sur le cadre d’indicateurs facultatif proposé dans le rapport du Secrétaire général de décembre 2024).',
      },
      contacts: {
        title: 'Contacts',
        guidance: 'La personne à contacter pour chaque message, avec son adresse électronique.',
      },
    },
  },
  declarationAmendments: {
    title: 'Amendements à un projet de déclaration',
    description:
      'Les modifications que vous proposez à un projet de Déclaration sur les progrès (avant-projet ou version révisée), une ligne par paragraphe : texte actuel, texte proposé, justification et objectifs servis. Exporté sous forme de tableau.',
    columns: {
      paragraph: 'Paragraphe',
      current: 'Texte actuel',
      proposed: 'Texte proposé',
      justification: 'Justification',
      objectives: 'Objectifs servis',
    },
    sections: {
      about: {
        title: 'À propos de ces amendements',
        guidance:
          'Quel projet (avant-projet ou version révisée, avec sa date), qui propose les amendements et qui contacter. Désignez les paragraphes par leur numéro dans ce projet.',
      },
      amendments: {
        title: 'Amendements proposés',
        guidance:
          'Une ligne par amendement, dans l’ordre des paragraphes du projet. Texte actuel : citez-le exactement. Texte proposé : la nouvelle formulation complète. Justification : une ou deux phrases, avec l’élément de preuve ou le libellé convenu sur lequel vous vous appuyez (le Pacte cité par paragraphe). Objectifs servis : leurs numéros, par exemple O13. Ajoutez des lignes si nécessaire.',
      },
      general: {
        title: 'Observations générales',
        guidance:
          'Ce qui ne relève pas d’un amendement à un paragraphe : thèmes absents, structure, formulations à conserver.',
      },
    },
  },
  missionTalkingPoints: {
    title: 'Éléments de langage : rencontre avec une mission permanente',
    description:
      'De brefs éléments de langage pour une rencontre avec la mission permanente d’un gouvernement, à New York ou à Genève, pendant la négociation ou autour du Forum : un objectif, trois points, une demande.',
    point: {
      title: 'Point {n}',
      guidance:
        'Un point en une ou deux phrases, l’élément de preuve qui le fonde et l’objectif qu’il concerne (associez-le).',
    },
    sections: {
      meeting: {
        title: 'La rencontre',
        guidance:
          'Pour votre équipe, pas pour la mission. Qui vous rencontrez (nom, fonction, mission), quand, qui représente la coalition et qui prend la parole en premier ; ce que ce gouvernement a déclaré lors du dernier Forum ou examen régional, et ses engagements.',
      },
      purpose: {
        title: 'Notre objectif',
        guidance: 'Une phrase : ce que vous voulez que la mission fasse après cette rencontre.',
      },
      points: { title: 'Éléments de langage', guidance: 'Trois points au plus, le plus fort en premier.' },
      ask: {
        title: 'Notre demande',
        guidance:
          'La demande concrète : un paragraphe du projet de Déclaration à soutenir, un engagement à prendre, la présence de la société civile ou de migrants dans la délégation.',
      },
      followUp: {
        title: 'Documents remis et suivi',
        guidance: 'Ce que vous remettez (messages clés, amendements) et quand vous reprendrez contact.',
      },
    },
  },
  jointLetter: {
    title: 'Lettre conjointe ou déclaration à signer',
    description:
      'Une lettre ou une déclaration que d’autres organisations peuvent signer. Invitez-les depuis le panneau des signatures ; celles qui la soutiennent figurent comme signataires à la fin de la lettre exportée.',
    sections: {
      addressee: {
        title: 'Destinataire et date',
        guidance:
          'À qui s’adresse la lettre (un ministre, les cofacilitateurs, le Président de l’Assemblée générale), avec sa fonction et son adresse, et la date.',
      },
      opening: {
        title: 'Pourquoi nous écrivons',
        guidance:
          'Qui écrit (la coalition, combien d’organisations, de quels pays) et pourquoi maintenant : l’étape du processus que sert cette lettre.',
      },
      concerns: {
        title: 'Nos préoccupations',
        guidance:
          'Les faits qui motivent la lettre, chacun avec sa source ; citez les documents de l’ONU par leur cote et leur paragraphe. Associez à chaque passage les objectifs qu’il concerne.',
      },
      asks: {
        title: 'Ce que nous demandons',
        guidance:
          'Des demandes numérotées et concrètes adressées au destinataire, chacune rattachée à un objectif du Pacte ou à un engagement de la Déclaration sur les progrès.',
      },
      closing: {
        title: 'Formule finale et contact',
        guidance:
          'Une formule finale et une personne à contacter, avec son adresse électronique. N’inscrivez pas les signataires ici : les organisations qui soutiennent la lettre dans le panneau des signatures figurent à la fin lors de l’export.',
      },
    },
  },
  delegationLetter: {
    title: 'Lettre : inclure la société civile et les migrants dans la délégation',
    description:
      'Une lettre demandant à votre gouvernement d’inclure la société civile, et les migrants eux-mêmes, dans sa délégation au Forum ou à un examen régional, comme le recommande la note d’information. Envoyez-la bien avant la clôture des accréditations.',
    sections: {
      addressee: {
        title: 'Destinataire et date',
        guidance:
          'Le ministre ou le ministère qui dirige la délégation de votre pays (affaires étrangères, intérieur ou travail), avec copie à la mission permanente ; la date.',
      },
      request: {
        title: 'Notre demande',
        guidance:
          'Demandez que la délégation au Forum (ou à l’examen régional) comprenne des représentants de la société civile et des migrants eux-mêmes, désignés par leurs propres organisations.',
      },
      why: {
        title: 'Pourquoi c’est important',
        guidance:
          'L’approche mobilisant l’ensemble de la société que prévoit le Pacte (A/RES/73/195, par. 15 j)) et son appel à des examens participatifs ; ce que vos membres apporteraient à la délégation.',
      },
      proposal: {
        title: 'Qui nous proposons',
        guidance:
          'Les noms ou profils des personnes que vous proposez, et comment les communautés qu’elles représentent les ont choisies.',
      },
      closing: {
        title: 'Formule finale et contact',
        guidance:
          'Une formule finale et une personne à contacter, avec son adresse électronique. Les organisations qui soutiennent la lettre dans le panneau des signatures figurent à la fin lors de l’export.',
      },
    },
  },
  hearingStatement: {
    title: 'Déclaration pour l’audition multipartite',
    description:
      'Une déclaration orale pour l’audition qui a lieu la veille du Forum. Prévue pour {minutes} minutes (environ {words} mots à {pace} mots par minute ; de 200 à 260 mots selon le débit habituel de 100 à 130) ; modifiez ce budget si votre temps de parole diffère.',
    unconfirmedNote:
      'Aucune limite de temps de parole publiée n’a été trouvée pour l’audition : le budget de 2 minutes est une valeur par défaut à adapter à votre temps de parole.',
    sections: {
      speaker: {
        title: 'Orateur et séance',
        guidance:
          'Ne se lit pas à voix haute. L’orateur, son organisation et la séance où il intervient, d’après le programme de votre audition : chaque audition fixe le sien (celle de 2022 comprenait : {sessions}).',
      },
      statement: {
        title: 'Déclaration',
        guidance:
          'À lire à voix haute, assez lentement pour les interprètes (environ {pace} mots par minute). Une ligne de salutation ; un point que l’on doit retenir ; un élément de preuve ou la voix d’un migrant ; une demande claire aux États ; une conclusion. Phrases courtes, pas de sigles.',
      },
    },
    sessions2022: {
      progress: 'progrès, lacunes et difficultés',
      commitments: 'engagements et recommandations',
      summary: 'synthèse collective des recommandations et des engagements',
    },
  },
  oralStatements: {
    slotNote:
      'Aucune limite de temps de parole publiée n’a été trouvée pour les parties prenantes aux tables rondes, au débat de politique générale ou en séance plénière : le budget de 2 minutes est une valeur par défaut à adapter à votre temps de parole.',
    budgetSentence: 'Prévue pour 2 minutes : environ 200 à 260 mots lus à 100 à 130 mots par minute.',
    venues: {
      roundTable: {
        title: 'Déclaration orale : table ronde',
        description:
          'Une intervention dans l’une des quatre tables rondes multipartites, sur les objectifs de son groupe. Un temps est réservé aux parties prenantes dans chaque table ronde, mais seuls les orateurs retenus prennent la parole.',
        context:
          'Ne se lit pas à voix haute. L’orateur, son organisation, la table ronde (son numéro et son groupe d’objectifs) et la durée de votre temps de parole. Associez à cette section les objectifs dont vous parlez.',
      },
      policyDebate: {
        title: 'Déclaration orale : débat de politique générale',
        description:
          'Une intervention dans le débat de politique générale, qui s’ouvre sur les résumés techniques des tables rondes. Un temps est réservé aux parties prenantes, mais seuls les orateurs retenus prennent la parole.',
        context:
          'Ne se lit pas à voix haute. L’orateur, son organisation et la durée de votre temps de parole. Reliez votre propos à ce que les résumés des tables rondes ont dit, ou omis de dire.',
      },
      plenary: {
        title: 'Déclaration orale : séance plénière',
        description:
          'Une déclaration en séance plénière et dans le débat général, où les États présentent leurs progrès et leurs engagements. À l’ouverture prennent la parole un représentant des migrants et un représentant de la société civile, qui présente le résumé de l’audition (A/RES/73/326).',
        context:
          'Ne se lit pas à voix haute. L’orateur, son organisation, la partie de la séance où il intervient et la durée de votre temps de parole. Si vous parlez au nom des migrants ou de la société civile à l’ouverture, précisez qui vous a choisi pour les représenter.',
      },
    },
    sections: {
      speaker: { title: 'Orateur et temps de parole' },
      statement: {
        title: 'Déclaration',
        guidance:
          'À lire à voix haute, assez lentement pour les interprètes (environ {pace} mots par minute). Adressez-vous à la présidence ; un point que l’on doit retenir ; un élément de preuve ou la voix d’un migrant ; une demande claire aux États, rattachée à un objectif ; une conclusion. Phrases courtes, pas de sigles. Un temps de parole de 2 minutes contient 200 à 260 mots, un temps de 3 minutes 300 à 390 : ajustez le budget à votre temps de parole.',
      },
    },
  },
  pledge: {
    title: 'Engagement',
    description:
      'Un engagement à agir pour la mise en œuvre du Pacte, seul ou avec d’autres, selon les rubriques du formulaire d’engagement du Réseau des Nations Unies sur les migrations et dans leur ordre. La description compte de {min} à {max} caractères ; le formulaire accepte une pièce jointe.',
    types: {
      financial: 'Financier',
      humanResources: 'Ressources humaines',
      processOriented: 'Axé sur les processus',
      policyOriented: 'Axé sur les politiques',
    },
    sections: {
      contact: { title: 'Personne à contacter', guidance: 'Nom, organisation, adresse électronique.' },
      pledger: {
        title: 'Auteur de l’engagement',
        guidance: 'L’organisation (ou la coalition) qui prend l’engagement.',
      },
      partners: {
        title: 'Autres États ou acteurs participants (engagements conjoints)',
        guidance:
          'Les autres États ou acteurs qui s’engagent avec vous. Les engagements sont de préférence pris en partenariat.',
      },
      matching: {
        title: 'Engagement correspondant (titre et identifiant de l’engagement auquel il répond)',
        guidance: 'Si cet engagement répond à un autre, son titre et son identifiant. Sinon, laissez vide.',
      },
      type: { title: 'Type', guidance: 'L’un des types suivants : {types}.' },
      objectivesPrinciples: {
        title: 'Objectifs et principes du Pacte',
        guidance:
          'Indiquez les objectifs et principes directeurs du Pacte que sert l’engagement, et associez-les à cette section.',
      },
      timeline: { title: 'Calendrier', guidance: 'Début, étapes et date de fin.' },
      description: {
        title: 'Description',
        guidance:
          'Ce que vous ferez, pour qui et d’ici quand. L’engagement doit être concret, mesurable (dites comment vous et d’autres saurez qu’il est tenu : chiffres, dates, réalisations), réaliste, tourné vers l’avenir, assorti d’un délai et de préférence pris en partenariat. Les engagements concernent les migrants, pas les réfugiés. Entre {min} et {maxPlain} caractères.',
      },
      attachment: {
        title: 'Pièce jointe',
        guidance:
          'Le formulaire accepte une seule pièce jointe : indiquez quel fichier vous joindrez (note conceptuelle, budget, lettre d’engagement) et ce qu’il montre.',
      },
    },
  },
  sideEventConceptNote: {
    title: 'Note conceptuelle pour une manifestation parallèle',
    description:
      'Une proposition de manifestation parallèle. Au Forum de 2022, les manifestations parallèles duraient une heure, en dehors des heures officielles, sur une vingtaine de créneaux attribués selon le niveau et la diversité des intervenants, la présence de parties prenantes dans le panel, l’équilibre régional et des résultats concrets.',
    sections: {
      eventTitle: {
        title: 'Titre et format',
        guidance: 'Titre ; en présentiel, en ligne ou hybride ; une heure ; date et heure souhaitées.',
      },
      background: {
        title: 'Contexte',
        guidance: 'Pourquoi ce thème, maintenant ; associez les objectifs qu’il concerne.',
      },
      objectives: {
        title: 'Objectifs de la manifestation',
        guidance: 'Ce que la manifestation doit permettre, en deux à quatre points.',
      },
      speakers: {
        title: 'Intervenants et modération',
        guidance:
          'Niveau et diversité des intervenants (genre, région, migrants qui parlent en leur propre nom) ; des parties prenantes dans le panel, pas seulement des États ; l’équilibre régional.',
      },
      outcomes: {
        title: 'Résultats attendus',
        guidance: 'Des résultats concrets : un engagement, une déclaration commune, une réunion de suivi.',
      },
      organisers: {
        title: 'Organisateurs et coparrains',
        guidance: 'Les organisations, États et entités des Nations Unies qui coparrainent ; la personne à contacter.',
      },
    },
  },
};
