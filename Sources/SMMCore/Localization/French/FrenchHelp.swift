extension FrenchCatalog {
  /// `/help` : la vue d'ensemble, les intitulés de `/help NOM`, et pour chaque commande son
  /// résumé, son explication et la description de ses options.
  static let help: KeyValuePairs<String, String> = [
    "help.export.abstract":
      "Écrire le plan de la marque ouverte (html, md, json), son calendrier (ics, csv) ou son script",
    "help.export.discussion":
      "html donne une page imprimable avec des graphiques ; md le même plan en Markdown ; json le plan selon schemas/plan.schema.json. Chaque partie encore vide dit ce qui manque et la commande qui la remplit, et les sources figurent en notes numérotées. ics et csv écrivent le calendrier de publication ; script le journal rejouable. Sans FICHIER, le nom vient de la marque (le-fournil-plan.html). Le plan est écrit dans la langue de smm (/lang). Un fichier existant est conservé, sauf avec --force. Hors du shell : smm export MARQUE --format FORMAT.",
    "help.export.flag.section":
      "Avec html ou md : cette partie seulement (brand, spaces, content, communities, crisis)",
    "help.export.flag.force": "Remplacer le fichier s'il existe",
    "help.intro":
      "smm accompagne une marque en quatre étapes : choisir les espaces, adapter les\ncontenus, animer les communautés, préparer la réponse à une crise.",
    "help.commands": "Commandes (/help NOM pour le détail) :",
    "help.outro":
      "Les lignes sans / répondent à la question posée par le shell. Mettez entre\nguillemets un texte avec des espaces (\"Chez Paul\"), écrivez un texte long entre\ndeux lignes \"\"\", terminez une ligne par \\ pour la continuer.",
    "help.usage": "Syntaxe : {usage}",
    "help.aliases": "Autres noms : {aliases}",
    "help.options": "Options :",
    "help.examples": "Exemples :",

    "help.brand.abstract": "Afficher le profil de la marque, ou en renseigner un champ",
    "help.brand.discussion":
      "Le profil guide l'étape 1 : name (le nom), sector (l'activité, en texte libre), market (b2c, b2b, both), ages (13-17, 18-24, 25-34, 35-44, 45-54, 55-64, 65+), goals (awareness, traffic, leads, sales, recruitment, customer-care, community, reputation), hours (heures par semaine), formats (text, image, short-video, long-video, long-form, live, audio), reach (local, national, international) et languages (codes ISO 639-1). Les listes prennent des valeurs séparées par des virgules. /interview demande ce qui manque, en langage courant.",

    "help.brands.abstract": "Lister les marques de l'espace de travail",
    "help.brands.discussion":
      "Affiche chaque marque avec le nombre de commandes de son journal et sa dernière modification ; * signale la marque ouverte.",

    "help.calendar.abstract":
      "Planifier les publications des semaines à venir, ou afficher le calendrier semaine par semaine",
    "help.calendar.discussion":
      "plan répartit les variantes adaptées des messages clés sur WEEKS semaines à partir du lundi suivant (ou de --start), au rythme dont chaque plateforme choisie a besoin — le bas de la fourchette de publications hebdomadaires qui fonctionnent —, réduit en proportion quand les plateformes demandent plus d'heures que la marque n'en a. La date de début est inscrite dans la commande enregistrée : rejouer le journal redonne le même calendrier. Sans action, le plan s'affiche en grille : une ligne par semaine, une colonne par jour. smm export MARQUE --format ics ou csv le transmet à un agenda ou à un outil de programmation.",
    "help.calendar.flag.start":
      "Le premier jour (le plan commence le premier lundi à partir de cette date)",

    "help.community.abstract":
      "Cartographier les communautés : ce que la marque apporte à chacune, ce qu'elle en reçoit",
    "help.community.discussion":
      "L'étape 3 confronte la marque aux personnes présentes sur les réseaux. Chaque communauté se réunit sur une plateforme et relève d'un type — interest (intérêt), action, place (lieu), practice (pratique), circumstance (circonstance), d'après FeverBee. Ses champs : size (nombre approximatif de membres), needs (ses besoins et centres d'intérêt), gives (ce que la marque lui apporte), gets (ce qu'elle rend à la marque) — une communauté compte comme cartographiée dès que gives et gets sont connus — et people (ambassadeurs, experts, influenceurs, avec leurs identifiants, séparés par des virgules). Sans action, /community affiche la carte et propose des communautés à partir du profil de la marque.",
    "help.community.flag.platform": "Où la communauté se réunit",
    "help.community.flag.type": "interest, action, place, practice ou circumstance",

    "help.content.abstract":
      "La ligne éditoriale : piliers, ton par plateforme, messages clés, mix de contenus",
    "help.content.discussion":
      "L'étape 2 part de la ligne éditoriale. pillars : les 3 à 5 thèmes dont parle la marque. tone affiche le registre de chaque plateforme (professionnel sur LinkedIn, conversationnel sur X…) et en change un. message add enregistre un message clé (écrivez un texte long entre deux lignes \"\"\") ; les messages sont numérotés à partir de 1 et ce numéro est leur ID. Chaque message porte une étiquette : brand, educational, curated ou conversation (déduite de ses mots quand --tag n'est pas donné, et affichée) ; mix montre la part de chacune et signale une communication à sens unique, centrée sur la marque, au regard d'une règle : thirds, 80-20, 5-3-2 ou 4-1-1. adapt rédige la variante d'un message pour chaque plateforme choisie (ou celles indiquées), chacune dans les limites de la plateforme et dans son unité de comptage, et dit ce qui a été modifié et pourquoi ; edit remplace une variante à la main ; check vérifie toutes les variantes et signale ce qui ne va pas.",
    "help.content.flag.tag": "L'étiquette du message",

    "help.count.abstract":
      "Compter un texte comme le compte une plateforme : longueur, limite, reste disponible",
    "help.count.discussion":
      "Chaque plateforme compte dans sa propre unité : X en caractères pondérés (twitter-text v3 : une URL vaut 23, un emoji 2, un caractère CJK 2), Bluesky en graphèmes et en octets UTF-8, Mastodon avec les URL à 23 et seulement la partie utilisateur de @user@domain, YouTube en octets pour les descriptions, la plupart des autres en caractères. Mettez le texte entre guillemets, ou écrivez-le entre deux lignes \"\"\". smm count --platform P fait de même depuis la ligne de commande.",

    "help.crisis.abstract":
      "Préparer la réponse de crise : risques, qualification SCCT, plans et déclarations d'attente",
    "help.crisis.discussion":
      "L'étape 4 prépare la marque à une information négative — vraie, fausse ou tronquée — avant qu'elle n'arrive. risk add enregistre un risque avec son type SCCT (victime : natural-disaster, rumor, workplace-violence, tampering ; accidentel : challenge, technical-accident, technical-product-harm ; évitable : human-error-accident, human-error-product-harm, misdeed, management-misconduct, misdeed-injuries), sa probabilité et son impact (1 à 5) et les canaux où il éclaterait d'abord ; risks les classe par probabilité × impact et en suggère d'autres selon le secteur. triage applique la théorie de la communication de crise situationnelle (SCCT) de Coombs : le groupe de crise, la stratégie (inform, deny, diminish, rebuild, avec ou sans renforcement), la règle suivie, le niveau d'escalade et qui agit, le délai dans lequel la première réponse doit sortir, et les premières actions. playbook donne pour un risque l'équipe, la chaîne d'escalade, la liste de contrôle de la première heure, une déclaration d'attente pour chaque canal choisi dans sa limite, la page du site dormant et le message interne ; statement remplace la déclaration d'un canal ; team nomme qui tient chaque rôle.",
    "help.crisis.flag.type": "Le type de crise SCCT",
    "help.crisis.flag.likelihood": "1 (rare) à 5 (presque certain)",
    "help.crisis.flag.impact": "1 (mineur) à 5 (grave)",
    "help.crisis.flag.channels": "Où il éclaterait d'abord, séparés par des virgules",
    "help.crisis.flag.veracity": "L'information est-elle vraie, fausse ou tronquée",
    "help.crisis.flag.history": "Des crises semblables par le passé",
    "help.crisis.flag.reputation": "La réputation antérieure",
    "help.crisis.flag.harm": "Le préjudice causé",
    "help.crisis.flag.reach": "Le nombre de personnes déjà touchées",
    "help.crisis.flag.velocity": "Les mentions par heure",
    "help.crisis.flag.json": "Afficher la qualification en JSON",
    "help.crisis.flag.seed":
      "La graine de l'exercice (enregistrée, pour que l'exercice se rejoue à l'identique)",
    "help.crisis.flag.answers": "Les réponses de l'exercice, séparées par |, pour le rejouer",

    "help.delete.abstract": "Supprimer une marque et tout son journal (après confirmation)",
    "help.delete.discussion":
      "Supprime de l'espace de travail la marque, son journal et ses instantanés. C'est irréversible : le shell demande donc d'abord un oui ; les scripts et -c doivent ajouter --yes. Enregistrez d'abord la marque avec /save FICHIER pour en garder une copie que vous pourrez rejouer.",
    "help.delete.flag.yes": "Supprimer sans demander (obligatoire dans les scripts)",

    "help.repair.abstract":
      "Retirer les entrées illisibles du journal de la marque ouverte (demande d'abord)",
    "help.repair.discussion":
      "Une entrée du journal qui ne se relit pas comme une commande (un espace de travail abîmé hors de smm, ou par une ancienne version) est laissée de côté à l'ouverture de la marque, et la marque ne peut pas être modifiée avant réparation. /repair écrit le texte de chaque entrée illisible dans un nouveau fichier à côté de l'espace de travail, avec la raison, puis retire ces entrées et renumérote le journal pour qu'il reste sans trou. Corrigez une ligne enregistrée et saisissez-la de nouveau pour retrouver son changement. Les scripts et -c doivent ajouter --yes.",
    "help.repair.flag.yes": "Réparer sans demander (obligatoire dans les scripts)",

    "help.backup.abstract":
      "Copier tout l'espace de travail dans un fichier, vérifié, même avec des shells ouverts",
    "help.backup.discussion":
      "Écrit dans FILE une copie cohérente de toutes les marques, journaux et réglages avec la sauvegarde en ligne de SQLite, même pendant que d'autres shells smm écrivent : la copie est un seul instantané. Elle est écrite sous un nom temporaire à côté de FILE, vérifiée (contrôle d'intégrité de SQLite, mêmes marques et entrées de journal), puis mise en place, donc FILE n'est jamais à moitié écrit. Un FILE existant est conservé sauf avec --force. Sauvegardez avec /backup ou smm backup FILE, pas avec cp : une copie du seul fichier peut manquer ce qui se trouve dans son fichier -wal. Pour restaurer, pointez --workspace (ou SMM_WORKSPACE) sur la copie.",
    "help.backup.flag.force": "Remplacer FILE s'il existe",

    "help.engage.abstract":
      "Planifier des actions récurrentes par communauté (créer, partager, diffuser) et vérifier l'équilibre",
    "help.engage.discussion":
      "plan construit un premier plan d'animation à partir de la carte des communautés : pour chacune, les trois types d'action de la méthode — créer (des contenus propres pour elle), partager (relayer les contenus des autres), diffuser (porter sa voix plus loin) —, chacun avec une fréquence et un responsable, ajusté aux heures que laissent les plateformes. Sans action, /engage affiche le plan et le temps qu'il demande face aux heures disponibles. balance rapproche le mix de contenus et le plan : la marque parle-t-elle surtout d'elle-même, quelles communautés ne reçoivent rien, lesquelles ne rendent rien, et le changement qui aiderait le plus. owner désigne qui mène un type d'action pour une communauté.",

    "help.help.abstract": "Lister les commandes, ou en expliquer une en détail",
    "help.help.discussion":
      "Sans argument, liste toutes les commandes, une ligne chacune. Avec un nom de commande (avec ou sans son /), affiche sa syntaxe, ses options et des exemples.",

    "help.hints.abstract": "Activer ou désactiver le conseil d'une ligne après chaque commande",
    "help.hints.discussion":
      "Les conseils sont activés dans un terminal et désactivés dans les scripts. /hints seul indique leur état. /next donne le même conseil à la demande.",

    "help.history.abstract":
      "Afficher le journal des modifications de la marque ouverte, numéroté et horodaté",
    "help.history.discussion":
      "Chaque commande qui a modifié la marque, dans l'ordre, avec le moment où elle a été enregistrée. Les commandes reprises par /undo apparaissent comme annulées jusqu'à ce qu'une nouvelle modification les écarte. /save FICHIER écrit les commandes en vigueur sous forme de script.",

    "help.interview.abstract":
      "Demander chaque champ manquant du profil de la marque, une question à la fois",
    "help.interview.discussion":
      "Pose une question courte par champ manquant, avec les réponses possibles. Répondez avec vos mots, en français ou en anglais (« nous vendons à des entreprises », « about 4 hours a week ») ; chaque réponse acceptée est enregistrée sous la forme de sa commande /brand set, qui est affichée. /skip passe une question, /stop termine l'entretien. Il démarre de lui-même après /new.",

    "help.skip.abstract": "Passer la question en cours de l'entretien",
    "help.skip.discussion":
      "Laisse le champ vide et pose la question suivante ; /interview la reposera plus tard.",

    "help.stop.abstract": "Terminer l'entretien (les réponses données sont conservées)",
    "help.stop.discussion":
      "Termine l'entretien ; chaque réponse déjà donnée est enregistrée. /interview reprend avec ce qui manque encore.",

    "help.lang.abstract": "Afficher ou choisir la langue de smm : en (English) ou fr (français)",
    "help.lang.discussion":
      "L'anglais est la langue par défaut ; une variable LANG en français lance smm en français. Le choix est enregistré dans l'espace de travail. Les commandes, leurs options et le journal sont les mêmes dans les deux langues : seul ce que dit smm change.",

    "help.metrics.abstract":
      "Saisir les mesures hebdomadaires par plateforme (ou importer un CSV) et afficher les taux d'engagement",
    "help.metrics.discussion":
      "add enregistre la semaine d'une plateforme ; import lit un CSV aux colonnes platform, week, followers, reach, impressions, engagements (séparées par des virgules, des points-virgules ou des tabulations ; un BOM est accepté) — toutes les lignes ou aucune : une ligne fautive est signalée, avec sa colonne, et rien n'est importé. Les lignes lues sont inscrites dans le journal : rejouer le journal ne demande pas le fichier. Une semaine déjà saisie pour une plateforme est remplacée. Sans action, /metrics affiche, par plateforme et par semaine, le taux d'engagement rapporté à la portée (ERR), aux abonnés et aux impressions, la tendance de l'ERR et sa fourchette — un ordre de grandeur.",
    "help.metrics.flag.week": "La semaine ISO, AAAA-Wss",
    "help.metrics.flag.followers": "Un nombre entier ≥ 0",
    "help.metrics.flag.reach": "Un nombre entier ≥ 0",
    "help.metrics.flag.impressions": "Un nombre entier ≥ 0",
    "help.metrics.flag.engagements": "Un nombre entier ≥ 0",

    "help.new.abstract": "Créer une marque et l'ouvrir",
    "help.new.discussion":
      "Crée une marque dans l'espace de travail et l'ouvre ; tout ce qui suit est enregistré dans son journal. Les noms sont uniques dans un espace de travail, quelle que soit la casse. Plusieurs mots forment un seul nom : /new Chez Paul.",

    "help.next.abstract":
      "L'action suivante la plus utile, avec sa commande exacte (oui la lance)",
    "help.next.discussion":
      "Le guide lit la marque ouverte et propose la première chose dont la méthode a encore besoin : une commande à lancer (répondez oui pour la lancer), ou une question dont la réponse en complète une. /why explique la recommandation et en donne les sources.",

    "help.platforms.abstract":
      "Lister les plateformes, ou en afficher une avec ses chiffres et ses sources",
    "help.platforms.discussion":
      "Sans argument, une ligne par plateforme : à quoi elle sert, son public, et les heures par semaine qu'y demande un profil. Avec l'identifiant d'une plateforme, tout ce que le catalogue en sait, chaque chiffre avec sa source et la date de sa vérification.",

    "help.profile.abstract":
      "Afficher ou remplir le profil de la marque sur une plateforme ; vérifier tous les profils ensemble",
    "help.profile.discussion":
      "/profile PLATFORM affiche les champs des profils de cette plateforme (nom affiché, identifiant, bio, lien, avatar, bannière, publication épinglée…) avec la limite de chacun dans l'unité de comptage de la plateforme, et une bio suggérée à partir du profil de la marque. /profile PLATFORM set FIELD TEXT remplit un champ (avatar et banner prennent yes ou no) et indique de combien un texte dépasse sa limite. /profile check indique l'état de complétude de chaque profil et s'ils racontent une seule identité : même nom affiché, identifiants cohérents, bios portant le même message clé.",

    "help.quit.abstract": "Quitter smm (tout est déjà enregistré)",
    "help.quit.discussion":
      "Chaque modification est enregistrée au moment où elle est faite : quitter ne fait rien perdre, et smm rouvre la même marque la fois suivante. Ctrl-D sur une ligne vide fait de même.",

    "help.redo.abstract": "Rétablir la modification que /undo a reprise",
    "help.redo.discussion":
      "Rejoue la commande annulée suivante du journal de la marque. Une nouvelle modification après /undo écarte ce qui aurait pu être rétabli.",

    "help.rename.abstract": "Renommer la marque ouverte",
    "help.rename.discussion":
      "Donne un nouveau nom à la marque ouverte, enregistré dans son journal (/undo le reprend). Le nom ne doit pas appartenir à une autre marque de l'espace de travail.",

    "help.reply.abstract":
      "Délais de réponse cibles, et qualification d'une publication négative avec une première réponse",
    "help.reply.discussion":
      "targets indique en combien de temps répondre à chaque type de message (question, réclamation, compliment, critique) sur chaque plateforme choisie, avec les chiffres qui le justifient. triage qualifie une publication négative, d'après le « Web Posting Response Assessment » de l'US Air Force : un troll (ne pas répondre), un enragé (surveiller, répondre une fois, calmement), une personne mal informée (rétablir les faits) ou un client mécontent (réparer) — il pose les quelques questions nécessaires, ou prend --kind — et propose une première réponse qui tient dans la limite de la plateforme. Il termine par le moment où une discussion devient une crise et relève de l'étape 4.",
    "help.reply.flag.kind": "La nature de la publication, si on la connaît",
    "help.reply.flag.platform": "La plateforme de la publication",

    "help.run.abstract": "Rejouer un script .smm dans cette session",
    "help.run.discussion":
      "Exécute chaque ligne du fichier comme si elle était tapée, en une transaction par tranche de 1 000 commandes. Les erreurs indiquent le fichier et la ligne ; la relecture continue après une erreur, sauf avec --bail.",
    "help.run.flag.bail": "S'arrêter à la première commande qui échoue",

    "help.save.abstract": "Écrire le journal de la marque ouverte en script .smm rejouable",
    "help.save.discussion":
      "Écrit les commandes en vigueur (sans celles qui ont été annulées), une par ligne, sous un en-tête en commentaire. Rejouer le fichier avec /run ou smm run dans un espace de travail sans cette marque reconstruit le même état. Un fichier existant est conservé, sauf avec --force ; le fichier est écrit en entier ou pas du tout.",
    "help.save.flag.force": "Remplacer le fichier s'il existe",
    "help.save.flag.compact":
      "Omettre les commandes que de plus récentes remplacent : le script le plus court qui reconstruit la marque",
    "help.save.flag.template":
      "Écrire le nom de la marque sous la forme {{brand}}, pour smm run FICHIER --set brand=NOM",

    "help.spaces.abstract":
      "Classer les plateformes pour la marque, expliquer un score, choisir ou retirer des plateformes",
    "help.spaces.discussion":
      "recommend note chaque plateforme de 0 à 100, avec les raisons de la note, et propose une sélection à la mesure des heures de la marque. Le modèle est une somme pondérée : public 30 % (usage mesuré par enquête dans les tranches d'âge de la marque), marché 20 % (force en B2B/B2C), objectifs 20 %, formats 20 % (la marque peut-elle produire ce que la plateforme valorise), portée 10 %, multipliée par 0,6 quand un format indispensable manque ; les champs du profil inconnus comptent comme neutres. why détaille un score. choose et drop enregistrent la décision ; sans action, /spaces affiche la sélection et ses heures.",

    "help.status.abstract":
      "Afficher la marque ouverte et les quatre étapes de la méthode, avec ce dont chacune a besoin",
    "help.status.discussion":
      "La méthode suit quatre étapes : choisir les espaces, adapter le contenu à chaque canal, animer les communautés, préparer la réponse de crise. /status affiche l'avancement de chaque étape, ce qui est fait, ce qui manque et ce qui est à reprendre, puis l'action suivante (/next).",

    "help.undo.abstract": "Reprendre la dernière modification de la marque ouverte",
    "help.undo.discussion":
      "Recule d'une commande dans le journal de la marque ; /redo la rétablit tant qu'aucune nouvelle modification n'est faite. La création de la marque ne s'annule pas : utilisez /delete pour cela.",

    "help.use.abstract": "Ouvrir une marque existante",
    "help.use.discussion":
      "Fait passer la session sur une autre marque de l'espace de travail ; son état est rechargé depuis son journal. La casse du nom n'a pas d'importance.",

    "help.why.abstract": "Expliquer la dernière recommandation du guide, avec ses sources",
    "help.why.discussion":
      "La dernière recommandation est celle qu'a donnée /next ou le conseil affiché après une commande. /spaces why PLATEFORME explique plutôt le score d'une plateforme.",
  ]
}
