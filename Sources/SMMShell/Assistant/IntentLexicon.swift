/// A keyword or phrase that points at an intent, with its weight.
struct IntentCue: Sendable {
  /// The folded words, in order; a word ending in `*` matches any word it starts.
  var words: [String]
  /// 6 for a phrase that settles a conflict between two strong words, 4 for a word or phrase
  /// that names the intent on its own, 2 for one that supports it, 1 for a word of its domain.
  var weight: Int
}

/// The keyword groups of every intent, in English and French. Cues are written as typed and
/// folded when the table is built, so "où en est-on" and "ou en est on" are the same cue.
enum IntentLexicon {
  /// The cues of each intent, longest first.
  static let cues: [Intent: [IntentCue]] = {
    var table: [Intent: [IntentCue]] = [:]
    for (intent, groups) in groups {
      var cues: [IntentCue] = []
      for (weight, phrases) in groups {
        for phrase in phrases { cues.append(IntentCue(words: words(of: phrase), weight: weight)) }
      }
      table[intent] = cues.enumerated().sorted { a, b in
        a.element.words.count != b.element.words.count
          ? a.element.words.count > b.element.words.count : a.offset < b.offset
      }.map(\.element)
    }
    return table
  }()

  /// Every whole word of the lexicon and of the slot tables, plus common short words: a
  /// typed word found here is taken as written and never read as a typo of another one.
  static let vocabulary: Set<String> = {
    var known = Set<String>()
    for (_, cues) in cues {
      for cue in cues { for word in cue.words where !word.hasSuffix("*") { known.insert(word) } }
    }
    for word in fillers { known.insert(word) }
    for (word, _) in IntentSlots.platformWords { known.insert(word) }
    for (word, _) in IntentSlots.numberWords { known.insert(word) }
    for (_, words) in IntentSlots.replyKinds { for word in words { known.insert(word) } }
    return known
  }()

  /// The folded words of a cue, keeping a final `*` on prefixes.
  static func words(of phrase: String) -> [String] {
    phrase.split(separator: " ").flatMap { piece -> [String] in
      let prefix = piece.hasSuffix("*")
      var folded = IntentText.tokens(of: String(prefix ? piece.dropLast() : piece)).map(\.text)
      if prefix, let last = folded.popLast() { folded.append(last + "*") }
      return folded
    }
  }

  /// Short common words of every language, never read as typos (`[intent.fillers]` in
  /// `po/words/CODE.words`).
  static let fillers: [String] = InputWords.union("intent.fillers")

  /// The keyword groups, by intent and weight.
  static let groups: [(Intent, [(Int, [String])])] = [
    (
      .next,
      [
        (
          4,
          [
            "what next", "what now", "now what", "next step", "next action", "et maintenant",
            "on fait quoi", "fait quoi", "la suite", "et après", "prochaine étape",
            "que faire", "quoi faire", "what should i do", "what should we do", "what else",
            "what to do", "on continue", "prochaine action", "next thing",
          ]
        ), (2, ["next", "suivant", "suivante", "ensuite", "maintenant", "continue", "continuer"]),
      ]
    ),
    (
      .why,
      [
        (4, ["why", "pourquoi", "how come", "explain that", "explique ça", "explique-moi"]),
        (2, ["explain", "explique*", "reason", "raison"]),
      ]
    ),
    (
      .status,
      [
        (
          4,
          [
            "where are we", "où en est-on", "où en sommes-nous", "où on en est", "progress",
            "progression", "avancement", "status", "statut", "état", "how far", "where do we stand",
            "recap", "récapitulatif", "bilan", "on en est où", "on en est ou",
          ]
        ), (2, ["steps", "étapes", "method", "méthode", "where"]),
      ]
    ),
    (
      .help,
      [
        (
          4,
          [
            "what can you do", "can you do", "sais-tu faire", "sais faire", "peux faire",
            "commands", "commandes", "how does this work", "how does it work", "comment ça marche",
            "au secours", "mode d'emploi", "aide-moi", "help me", "usage",
          ]
        ), (3, ["help", "aide", "aidez"]),
      ]
    ),
    (
      .newBrand,
      [
        (
          4,
          [
            "new brand", "nouvelle marque", "create brand", "create a brand", "create a new brand",
            "créer une marque", "crée une marque", "créer la marque", "new client",
            "nouveau client", "add a brand", "ajoute une marque", "start a brand",
            "créer une nouvelle marque", "crée une nouvelle marque",
          ]
        ),
        (
          2,
          [
            "create", "créer", "crée", "créons", "new", "nouveau", "nouvelle", "called", "named",
            "appelée", "appelé", "appelle", "nommée", "nommé",
          ]
        ),
      ]
    ),
    (
      .openBrand,
      [
        (
          4,
          [
            "switch to", "open brand", "open the brand", "ouvre la marque", "ouvrir la marque",
            "passe sur", "passer sur", "go to brand", "change de marque", "switch brand",
            "bascule sur", "work on", "travailler sur",
          ]
        ), (2, ["open", "ouvre", "ouvrir", "switch", "use", "utilise", "load", "charge"]),
      ]
    ),
    (
      .listBrands,
      [
        (
          4,
          [
            "list brands", "my brands", "mes marques", "our brands", "nos marques", "all brands",
            "toutes les marques", "which brands", "quelles marques", "liste des marques",
            "brands", "other brands", "autres marques",
          ]
        ), (2, ["list", "liste", "lister", "clients"]),
      ]
    ),
    (
      .interview,
      [
        (
          4,
          [
            "interview", "questionnaire", "describe our brand", "describe the brand",
            "décrire notre marque", "décrire la marque", "décris notre marque",
            "answer the questions", "répondre aux questions", "ask me", "pose-moi", "posez-moi",
            "entretien", "onboarding", "let me describe", "describe us",
          ]
        ), (2, ["questions", "describe", "décrire", "décris"]),
      ]
    ),
    (
      .brandProfile,
      [
        (
          4,
          [
            "brand profile", "profil de la marque", "profil de marque", "fiche de la marque",
            "show the brand", "show our brand", "montre la marque", "what do you know about us",
            "ce que tu sais de nous", "brand info", "infos de la marque",
          ]
        ), (2, ["brand", "marque"]),
      ]
    ),
    (
      .platforms,
      [
        (
          4,
          [
            "platforms", "plateformes", "catalog", "catalogue", "all networks", "tous les réseaux",
            "every network", "available networks", "réseaux disponibles", "list the networks",
            "list networks",
          ]
        ),
        (
          2,
          [
            "tell me about", "parle-moi de", "parle-moi d", "c'est quoi", "what is", "about",
            "présente", "info", "infos",
          ]
        ), (1, ["networks", "réseaux"]),
      ]
    ),
    (
      .spaces,
      [
        (
          4,
          [
            "our networks", "nos réseaux", "chosen networks", "réseaux choisis", "our spaces",
            "nos espaces", "spaces", "espaces", "what did we choose", "qu'avons-nous choisi",
            "where are we present", "où sommes-nous présents",
          ]
        ), (1, ["networks", "réseaux"]),
      ]
    ),
    (
      .spacesRecommend,
      [
        (
          4,
          [
            "which networks", "what networks", "which network", "quels réseaux", "quel réseau",
            "which platforms", "what platforms", "quelles plateformes", "should we be on",
            "devrions-nous être", "où publier", "where to post", "where should we post",
            "where should we be", "recommend", "recommand*", "recommendation", "best networks",
            "meilleurs réseaux", "which social", "choose the networks", "choose networks",
            "choisir les réseaux", "choisir nos réseaux", "où être présents", "où être présent",
          ]
        ), (2, ["networks", "réseaux", "choose", "choisir", "should", "social", "sociaux"]),
      ]
    ),
    (
      .spacesWhy,
      [
        (2, ["why", "pourquoi", "explain", "explique*", "score", "why not", "pourquoi pas"])
      ]
    ),
    (
      .spacesChoose,
      [
        (
          4,
          [
            "go with", "on prend", "we take", "we'll take", "we choose", "on choisit",
            "on part sur",
            "we pick", "let's use", "on garde", "nous prenons", "nous choisissons",
          ]
        ),
        (
          2,
          [
            "choose", "pick", "choisis", "choisir", "select", "add", "ajoute*", "prends",
            "prenons",
          ]
        ), (1, ["use", "utilise*"]),
      ]
    ),
    (
      .spacesDrop,
      [
        (4, ["drop", "stop using", "abandon*", "get rid of", "on arrête", "plus de"]),
        (
          2,
          [
            "remove", "supprime*", "retire*", "enlève*", "delete", "arrête*", "quit", "quitter",
            "leave",
          ]
        ),
      ]
    ),
    (
      .profileCheck,
      [
        (
          4,
          [
            "check the profiles", "check profiles", "check our profiles", "vérifie les profils",
            "vérifier les profils", "profile check", "profiles consistent", "consistent profiles",
            "cohérence des profils", "profils cohérents",
          ]
        ), (2, ["profiles", "profils", "consistent", "cohérent*", "cohérence", "bios"]),
        (1, ["check", "vérifie*"]),
      ]
    ),
    (
      .profile,
      [
        (4, ["profile", "profil"]),
        (2, ["bio", "fill", "remplir", "remplis", "handle"]),
      ]
    ),
    (
      .content,
      [
        (
          4,
          [
            "editorial line", "ligne éditoriale", "ligne édito", "editorial", "éditorial*",
            "pillars", "piliers", "content", "contenu", "contenus", "tone of voice",
            "core messages",
            "messages clés", "content mix",
          ]
        ), (2, ["tone", "le ton", "messages", "themes", "thèmes", "mix"]),
      ]
    ),
    (
      .contentAdapt,
      [
        (4, ["adapt*", "rewrite", "réécri*", "décline", "déclin*", "variant*", "tailor"]),
        (2, ["message", "post"]),
      ]
    ),
    (
      .contentCheck,
      [
        (
          6,
          [
            "check the content", "check content", "vérifie le contenu", "check the variants",
            "vérifie les variantes",
          ]
        ),
        (
          4,
          [
            "lengths", "longueurs", "limits", "limites", "too long", "trop long*",
            "within the limits", "character limits",
          ]
        ), (2, ["check", "vérifie*", "valide*", "length", "longueur", "limit", "limite"]),
      ]
    ),
    (
      .calendar,
      [
        (
          4,
          [
            "calendar", "calendrier", "planning", "schedule", "agenda", "editorial calendar",
            "calendrier éditorial",
          ]
        ), (2, ["when to post", "quand publier"]),
      ]
    ),
    (
      .calendarPlan,
      [
        (4, ["planifi*", "plan the calendar", "planifier le calendrier"]),
        (2, ["plan", "schedule", "calendar", "calendrier", "planning", "prévoir", "prévois"]),
      ]
    ),
    (
      .community,
      [
        (
          4,
          [
            "communities", "communautés", "community map", "carte des communautés", "community",
            "communauté", "our audience", "notre audience",
          ]
        ),
        (
          2,
          [
            "audience", "groups", "groupes", "ambassadors", "ambassadeurs", "influencers",
            "influenceurs", "fans",
          ]
        ),
      ]
    ),
    (
      .engagePlan,
      [
        (
          6,
          [
            "engagement plan", "plan d'engagement", "engage the community", "engage our community",
            "engager la communauté", "animer la communauté", "animer nos communautés",
            "engage our communities",
          ]
        ), (4, ["engag*", "animer", "animation", "how do we engage", "comment animer"]),
        (2, ["plan"]),
      ]
    ),
    (
      .engageBalance,
      [
        (
          6,
          [
            "engagement balance", "équilibre de l'engagement", "talk too much about ourselves",
            "too much about us", "trop de nous", "parle trop de nous", "parlons trop de nous",
          ]
        ),
        (
          4,
          [
            "balance", "équilibre", "give and take", "donnant donnant", "self-centred",
            "self-centered", "one-way", "sens unique", "nombriliste",
          ]
        ),
      ]
    ),
    (
      .replyTargets,
      [
        (
          4,
          [
            "how fast", "how quickly", "response time", "response times", "temps de réponse",
            "délai de réponse", "délais de réponse", "délai", "délais", "reply targets",
            "response targets", "reply time", "en combien de temps", "how long to answer",
            "how soon",
          ]
        ),
        (
          2,
          [
            "fast", "vite", "rapidement", "quickly", "targets", "answer", "répondre", "reply",
            "respond",
          ]
        ),
      ]
    ),
    (
      .replyTriage,
      [
        (
          4,
          [
            "negative comment", "commentaire négatif", "bad review", "avis négatif",
            "negative post", "how do i reply", "how to reply", "how should we reply",
            "comment répondre", "quoi répondre", "what should i reply", "que répondre",
            "mauvais avis", "nasty comment",
          ]
        ),
        (
          2,
          [
            "someone is", "quelqu'un", "comment", "commentaire", "avis", "review", "reply to",
            "répondre à", "answer to",
          ]
        ), (1, ["customer", "client", "user", "utilisateur"]),
      ]
    ),
    (
      .metrics,
      [
        (
          6, ["engagement rate", "engagement rates", "taux d'engagement"]
        ),
        (
          4,
          [
            "metrics", "métriques", "stats", "statistiques", "statistics", "kpi", "kpis",
            "analytics", "how are we doing", "performance*", "résultats", "results", "chiffres",
            "numbers", "followers", "abonnés", "reach", "portée", "impressions", "mesures",
          ]
        ),
      ]
    ),
    (
      .crisisRisks,
      [
        (
          4,
          [
            "what could go wrong", "what can go wrong", "go wrong", "risks", "risques",
            "risk register", "registre des risques", "threats", "menaces", "vulnérab*",
          ]
        ), (2, ["risk", "risque", "danger*"]), (1, ["crisis", "crise"]),
      ]
    ),
    (
      .crisisTriage,
      [
        (
          4,
          [
            "bad buzz", "badbuzz", "shitstorm", "backlash", "polémique", "scandal*", "rumeur*",
            "rumor*", "rumour*", "fake news", "triage", "en pleine crise", "en crise",
            "in a crisis", "crisis now", "going viral", "blowing up", "sick", "malade*",
            "poisoning", "intoxic*", "empoisonn*", "hacked", "piraté*", "boycott*",
          ]
        ),
        (
          2,
          [
            "crisis", "crise", "someone says", "people say", "people are saying", "on dit",
            "ils disent", "accuse*", "viral", "circule", "claims", "prétend*", "hurt", "blessé*",
          ]
        ),
      ]
    ),
    (
      .crisisPlaybook,
      [
        (6, ["what do we do if", "que faire si", "que faisons-nous si", "what if"]),
        (
          4,
          [
            "playbook", "play book", "procédure", "procedure", "holding statement",
            "déclaration d'attente", "communiqué", "plan de crise", "crisis plan",
          ]
        ), (2, ["statement", "déclaration", "et si"]), (1, ["crisis", "crise"]),
      ]
    ),
    (
      .crisisDrill,
      [
        (
          4,
          [
            "drill", "drills", "exercice", "exercise", "simulation", "simule*", "simulate*",
            "rehearse", "rehearsal", "répétition", "entraînement", "entraîner", "practice",
            "mock crisis",
          ]
        ), (1, ["crisis", "crise"]),
      ]
    ),
    (
      .crisisTeam,
      [
        (6, ["crisis team", "cellule de crise", "équipe de crise", "crisis cell"]),
        (
          4,
          [
            "spokesperson", "porte-parole", "who does what", "qui fait quoi", "crisis roles",
            "rôles",
          ]
        ), (2, ["team", "équipe", "roles"]), (1, ["crisis", "crise"]),
      ]
    ),
    (
      .crisisRiskRemove,
      [
        (
          4,
          [
            "remove the risk", "remove risk", "delete the risk", "delete risk",
            "supprime le risque", "supprimer le risque", "retire le risque", "enlève le risque",
            "drop the risk",
          ]
        )
      ]
    ),
    (
      .undo,
      [
        (
          4,
          [
            "undo", "annule*", "défai*", "défaire", "go back", "revenir en arrière",
            "retour arrière", "oops", "oups", "take that back", "cancel", "revert",
          ]
        ), (2, ["back", "arrière"]),
      ]
    ),
    (
      .redo,
      [
        (
          4,
          [
            "redo", "refai*", "refaire", "rétabli*", "bring it back", "do it again", "put it back",
            "remets-le", "remets ça",
          ]
        )
      ]
    ),
    (
      .history,
      [
        (
          4,
          [
            "history", "historique", "journal", "log", "what did we do", "qu'avons-nous fait",
            "what have we done", "qu'est-ce qu'on a fait", "changelog",
          ]
        ), (2, ["changes", "modifications"]),
      ]
    ),
    (
      .export,
      [
        (
          6,
          [
            "export the plan", "exporte le plan", "exporter le plan", "download the plan",
            "télécharger le plan", "print the plan", "imprimer le plan", "the deliverable",
            "le livrable", "export the calendar", "exporte le calendrier",
            "exporter le calendrier",
          ]
        ),
        (4, ["export", "exporte*", "exporter", "livrable", "deliverable"]),
        (2, ["html", "markdown", "pdf", "json", "ics", "csv", "document", "rapport", "report"]),
      ]
    ),
    (
      .deleteBrand,
      [
        (
          6,
          [
            "delete the brand", "delete brand", "supprime la marque", "supprimer la marque",
            "efface la marque", "remove the brand",
          ]
        ), (4, ["delete", "erase", "efface*"]), (2, ["supprime*", "remove"]),
      ]
    ),
    (
      .quit,
      [
        (
          4,
          [
            "bye", "goodbye", "good bye", "au revoir", "quit", "exit", "quitter", "ciao",
            "à plus tard", "see you", "à bientôt", "je m'en vais", "log off", "bonne soirée",
            "bonne journée", "i'm done", "c'est tout pour aujourd'hui",
          ]
        ), (2, ["leave", "sortir", "partir"]),
      ]
    ),
    (
      .language,
      [(2, ["speak", "parle", "parlons", "language", "langue", "in", "en", "switch to"])]
    ),
    (
      .hints,
      [
        (4, ["hints", "hint", "astuces", "astuce", "tips", "indices"]),
        (2, ["conseils", "suggestions"]),
      ]
    ),
  ]
}
