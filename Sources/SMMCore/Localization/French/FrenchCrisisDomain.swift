extension FrenchCatalog {
  /// Ce que dit le domaine crise et réponses : à l'utilisateur (principes, notes, actions, qui
  /// agit, escalade, première heure, corrections du débriefing, conseils de réponse, sources des
  /// délais) et, sous les clés `crisis.publish.`, `crisis.post.`, `crisis.suggest.` et
  /// `reply.publish.`, ce que la marque publie ou envoie (rendu dans la langue de la marque).
  static let crisisDomain: KeyValuePairs<String, String> = [
    // Qualification : facteurs aggravants, notes, principes.
    "crisis.cause.history": "Antécédents de crise",
    "crisis.cause.reputation": "Mauvaise réputation préalable",
    "crisis.cause.both": "Antécédents de crise et mauvaise réputation préalable",
    "crisis.note.highest":
      "{causes} : l'attribution de responsabilité, déjà à son maximum (catégorie évitable), s'en trouve renforcée",
    "crisis.note.raised":
      "{causes} : l'attribution de responsabilité monte d'un niveau ; la crise, de catégorie {cluster}, est traitée comme une crise {treated}",
    "crisis.note.falseReport":
      "L'information sur une crise de type {type} est fausse : on y répond comme à une rumeur, en la démentant preuves à l'appui",
    "crisis.note.denyAlone":
      "Le démenti (deny) ne se combine ni avec la minimisation (diminish) ni avec la reconstruction (rebuild), et ne s'accompagne d'aucun renforcement (Coombs 2007, principes 8 et 9)",
    "crisis.note.victimage":
      "La posture de victime peut faire partie de la réponse à une crise de type {type} (Coombs 2007, principe 2)",
    "crisis.note.true": "Une information vraie ne se dément jamais",
    "crisis.note.truncated":
      "Une information tronquée ne se dément pas : rétablir d'abord l'intégralité des faits, puis appliquer la stratégie {strategy}",
    "crisis.note.within15":
      "Répondre sous 15 minutes : l'« heure d'or », jadis décisive, est aujourd'hui plus proche de 15 minutes (mediafirst.co.uk)",
    "crisis.note.within60":
      "Répondre sous 60 minutes : viser une première réponse dans la première heure (Coombs, bonnes pratiques de la réponse initiale à une crise)",
    "crisis.guideline.deny":
      "Information fausse, rumeur ou contestation : stratégie deny, démentir preuves à l'appui (Coombs 2007, principe 7)",
    "crisis.guideline.victim":
      "Crise de catégorie victime, sans antécédents, réputation neutre ou bonne : stratégie inform, consignes et information d'ajustement uniquement (Coombs 2007, principe 1)",
    "crisis.guideline.victimIntensified":
      "Crise de catégorie victime, avec antécédents de crise ou mauvaise réputation préalable : stratégie diminish (Coombs 2007, principe 4)",
    "crisis.guideline.accidental":
      "Crise accidentelle, sans antécédents, réputation neutre ou bonne : stratégie diminish (Coombs 2007, principe 3)",
    "crisis.guideline.accidentalIntensified":
      "Crise accidentelle, avec antécédents de crise ou mauvaise réputation préalable : stratégie rebuild (Coombs 2007, principe 5)",
    "crisis.guideline.preventable": "Crise évitable : stratégie rebuild (Coombs 2007, principe 6)",

    // Qualification : premières actions, qui agit.
    "crisis.action.protect":
      "Protéger d'abord les personnes — consignes de sécurité : dire quoi faire pour se protéger (cesser d'utiliser le produit, où trouver de l'aide, qui appeler)",
    "crisis.action.instruct":
      "Consignes : dire aux personnes ce qu'elles peuvent faire pour se protéger, le cas échéant",
    "crisis.action.adjust":
      "Information d'ajustement : exprimer sa préoccupation et sa compassion, et dire quelles mesures correctives sont en cours",
    "crisis.action.restore":
      "Rétablir les faits : publier les faits complets et leur contexte, sans démentir ce qui est vrai",
    "crisis.action.evidence":
      "Publier les preuves que l'information est fausse : documents, données, confirmation par un tiers",
    "crisis.action.correct":
      "Rectifier là où l'information circule : répondre aux principales publications avec les preuves et demander rectification à leurs auteurs",
    "crisis.action.explain":
      "Expliquer honnêtement les circonstances : minimiser la responsabilité (excuse) ou les conséquences (justification) uniquement si c'est exact",
    "crisis.action.apologise":
      "Présenter des excuses publiques et assumer pleinement la responsabilité",
    "crisis.action.compensate":
      "Indemniser les personnes touchées et dire ce qui change pour que cela ne se reproduise pas",
    "crisis.action.victimage":
      "En complément uniquement (posture de victime) : dire que l'organisation est elle aussi victime, jamais comme message principal",
    "crisis.action.reminder":
      "En complément uniquement (rappel) : rappeler brièvement ce que la marque a fait de bien par le passé",
    "crisis.action.holding":
      "Publier une déclaration d'attente sur chaque canal choisi : date et heure, faits confirmés uniquement, mesures en cours, empathie, heure du prochain point",
    "crisis.action.brief":
      "Briefer les collaborateurs et les porte-parole avant qu'on ne les interroge, pour que toutes les réponses soient cohérentes",
    "crisis.action.nextHour": "Fixer l'heure du prochain point, dans l'heure, et s'y tenir",
    "crisis.action.nextDay": "Fixer l'heure du prochain point, dans la journée, et s'y tenir",
    "crisis.who.level1":
      "Le community manager répond sur les canaux et informe le responsable de la communication",
    "crisis.who.level2":
      "Le responsable communication / relations presse coordonne et valide chaque déclaration ; le community manager publie",
    "crisis.who.level3":
      "La cellule de crise agit : la direction et le service juridique valident les déclarations, le responsable des relations presse coordonne, le porte-parole s'exprime",
    "crisis.who.level4":
      "Toute l'organisation est mobilisée : la cellule de crise est réunie, le dirigeant s'exprime, la direction et le service juridique valident, tous les collaborateurs sont informés",

    // Plan de crise : rôles, escalade, première heure.
    "crisis.role.communityManager": "community manager",
    "crisis.role.communicationsLead": "responsable de la communication",
    "crisis.role.spokesperson": "porte-parole",
    "crisis.role.legal": "juriste",
    "crisis.role.executiveSponsor": "dirigeant référent",
    "crisis.role.other": "{role}",
    "crisis.who.named": "{name} ({role})",
    "crisis.escalation.level1":
      "Niveau 1 — {who} : répond et surveille ; fait remonter sous 30 minutes si le sujet prend de l'ampleur",
    "crisis.escalation.level2": "Niveau 2 — {who} : valide chaque déclaration publique",
    "crisis.escalation.level3":
      "Niveau 3 — cellule de crise ; prise de parole : {speaker} ; relecture : {reviewer}",
    "crisis.escalation.level4":
      "Niveau 4 — {who} : pilote et prend la parole si des personnes sont touchées ou si l'affaire prend une dimension nationale",
    "crisis.checklist.confirm":
      "0–10 min : établir les faits ; protéger d'abord les personnes si quelqu'un est en danger",
    "crisis.checklist.alert":
      "10–15 min : alerter la cellule — validation : {who} ; suspendre les publications programmées sur {channels}",
    "crisis.checklist.publish":
      "15–30 min : publier les déclarations d'attente ci-dessous sur chaque canal, en commençant par celui où la crise a éclaté",
    "crisis.checklist.publishWhere":
      "15–30 min : publier les déclarations d'attente ci-dessous sur chaque canal, en commençant par là où la crise a éclaté : {channels}",
    "crisis.checklist.internal":
      "30 min : envoyer le message interne aux équipes ; briefer les personnes qui répondent au téléphone",
    "crisis.checklist.darkSite":
      "30–45 min : publier la page du site dormant ; y renvoyer dans les réponses",
    "crisis.checklist.log":
      "45–60 min : relever les mentions par heure et la portée ; qualifier de nouveau la crise (/crisis triage) et fixer l'heure du prochain point",

    // Publié par la marque : déclaration d'attente, page du site dormant, message interne.
    "crisis.publish.aware": "Nous avons connaissance de la situation ({risk}) et l'examinons.",
    "crisis.publish.known": "Ce que nous savons : [faits confirmés].",
    "crisis.publish.unknown": "Ce que nous ignorons encore : [points à vérifier].",
    "crisis.publish.doing": "Ce que nous faisons : [actions].",
    "crisis.publish.sorry": "Nous sommes désolés de l'inquiétude suscitée.",
    "crisis.publish.next": "Prochain point ici même avant [heure].",
    "crisis.publish.signature": "— {brand}",
    "crisis.publish.darkSite": """
    {brand} : {risk}
    Dernière mise à jour : [date et heure]

    Ce que nous savons : [faits confirmés uniquement]
    Ce que nous ignorons encore : [points en cours de vérification]
    Ce que nous faisons : [actions, dans l'ordre]
    Ce que vous pouvez faire : [consignes de sécurité, ou « aucune action n'est nécessaire de votre part »]
    Prochaine mise à jour : [heure], sur cette page et sur nos réseaux.
    Contact : [contacts presse et clients]
    """,
    "crisis.publish.contactLead": "au responsable de la communication",
    "crisis.publish.contactNamed": "à {name} (responsable de la communication)",
    "crisis.publish.internal":
      "Message interne à toute l'équipe ({brand}) — nous gérons actuellement la situation suivante : {risk}. Merci de ne rien commenter en public ni sur vos comptes personnels ; transmettez toute question de clients ou de journalistes {who}. Faits confirmés à ce stade : [faits]. Prochain point interne : [heure].",

    // Exercice : messages du public ; corrections du débriefing.
    "crisis.post.heard":
      "« Quelqu'un d'autre a entendu parler de ça : {risk} ? C'est inquiétant. »",
    "crisis.post.sharing": "« Je partage : apparemment, {risk}. J'ai du mal à y croire. »",
    "crisis.post.witness": "« C'est vrai, j'y étais — {risk}. Personne n'a encore rien dit. »",
    "crisis.post.noAnswer":
      "« @marque pourquoi personne ne répond ? {count} personnes en parlent. »",
    "crisis.fix.late":
      "première réponse après {minutes} min pour un objectif de {target} : faire valider les déclarations d'attente à l'avance pour qu'elles partent immédiatement",
    "crisis.fix.noResponse":
      "aucune réponse publique pendant l'exercice : décider à l'avance qui publie, et quand",
    "crisis.fix.triage":
      "qualification : {missed|# réponse fausse|# réponses fausses} sur 5 (la situation réelle : {truth}) ; répéter les questions avec l'équipe",
    "crisis.fix.strategy":
      "stratégie : {chosen} alors que la recherche préconise {expected} — {guideline}",
    "crisis.fix.noneChosen": "aucune choisie",
    "crisis.fix.noChannel":
      "le plan de crise n'a aucun canal : choisir les plateformes (/spaces choose) ou donner --channels au risque",
    "crisis.fix.overLimit":
      "{count|# déclaration d'attente dépasse sa limite|# déclarations d'attente dépassent leur limite} : les corriger (/crisis statement)",
    "crisis.fix.unnamed": "rôles sans titulaire : {roles} (/crisis team)",

    // Risques suggérés d'après le secteur (nommés dans la langue de la marque).
    "crisis.suggest.foodPoisoning": "intoxication alimentaire signalée par un client",
    "crisis.suggest.hygiene": "contrôle d'hygiène défavorable",
    "crisis.suggest.outage": "panne du service",
    "crisis.suggest.dataBreach": "fuite de données clients",
    "crisis.suggest.labour": "conditions de travail dénoncées chez un fournisseur",
    "crisis.suggest.leak": "fuite d'informations confidentielles d'un client",
    "crisis.suggest.rumour": "fausse rumeur sur la marque",
    "crisis.suggest.challenge": "des clients contestent une décision de la marque",
    "crisis.suggest.offensivePost": "publication choquante d'un salarié devenue virale",

    // Réponses : conseils, première réponse (dans la langue de la marque), sources, seuil de crise.
    "reply.advice.troll":
      "Ne pas répondre : une réponse l'alimente. Le surveiller ; le masquer ou le signaler s'il enfreint les règles de la plateforme.",
    "reply.advice.rager":
      "Surveiller. Répondre une seule fois, calmement et brièvement, et seulement si d'autres s'en emparent ; ne jamais polémiquer.",
    "reply.advice.misguided":
      "Rétablir les faits : poliment, avec la preuve ou un lien vers elle, sans mettre en cause l'auteur.",
    "reply.advice.unhappy":
      "Réparer : remercier, s'excuser pour l'expérience vécue, passer en message privé, régler le problème, puis le faire savoir publiquement.",
    "reply.publish.rager":
      "Nous entendons votre mécontentement et nous en sommes désolés. Si quelque chose s'est mal passé avec {brand}, écrivez-nous en message privé : nous allons examiner la situation.",
    "reply.publish.misguided":
      "Merci de soulever ce point. Pour rétablir les faits : [le fait, en une phrase]. Tous les détails ici : [lien]. Nous restons à votre disposition pour toute question.",
    "reply.publish.unhappy":
      "Nous sommes désolés : ce n'est pas l'expérience que nous souhaitons vous offrir chez {brand}. Pourriez-vous nous écrire en message privé en précisant les détails ? Nous allons y remédier.",
    "reply.basis.question":
      "53 % des utilisateurs qui contactent une marque attendent une réponse dans l'heure — Lithium / Millward Brown Digital 2013 (n=501)",
    "reply.basis.complaint":
      "72 % attendent une réponse à une réclamation dans l'heure, et 60 % réagiraient négativement faute de réponse à temps — Lithium 2013",
    "reply.basis.criticism":
      "65 % attendent une réponse sous 2 heures — Lithium 2013 ; une critique publique appelle une réponse réfléchie, pas un réflexe (règle de smm)",
    "reply.basis.praise":
      "les clients attendent environ 4 h en moyenne, les marques mettent environ 10 h — Sprout Social Index 2016 ; un remerciement dans la journée, c'est la règle de smm",
    "reply.threshold.volume":
      "volume : {mentions} mentions par heure contre {usual} habituellement (3 fois plus ou davantage — la règle de pic k = 3 des outils d'écoute sociale, domain.md §4)",
    "reply.threshold.reach":
      "portée : environ {reach} personnes l'ont vu (10 000 ou plus : au-delà de la communauté — règle de smm)",
    "reply.threshold.veracity":
      "véracité : l'accusation est fondée et quelqu'un a subi un préjudice — c'est une crise, quel que soit le volume",
  ]
}
