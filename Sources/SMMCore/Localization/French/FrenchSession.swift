extension FrenchCatalog {
  /// Les mots de la session : l'entretien, les scripts lancés, les confirmations.
  static let session: KeyValuePairs<String, String> = [
    "interview.question.name": "Comment s'appelle la marque ?",
    "interview.question.sector":
      "Que fait {brand}, en quelques mots ? (par ex. boulangerie artisanale, logiciel B2B)",
    "interview.question.market":
      "À qui vend {brand} : aux particuliers (b2c), aux entreprises (b2b), ou aux deux ?",
    "interview.question.ages":
      "Quel âge ont les personnes à toucher ? (13-17, 18-24, 25-34, 35-44, 45-54, 55-64, 65+ ; plusieurs réponses possibles)",
    "interview.question.goals":
      "Qu'attendez-vous des réseaux sociaux ? (notoriété, trafic, prospects, ventes, recrutement, service client, communauté, réputation ; plusieurs réponses possibles)",
    "interview.question.hours": "Combien d'heures par semaine pouvez-vous y consacrer ?",
    "interview.question.formats":
      "Que pouvez-vous produire ? (textes, images, vidéos courtes, vidéos longues, articles, directs, audio)",
    "interview.question.reach":
      "Où sont vos clients : en local, au national ou à l'international ?",
    "interview.question.languages":
      "Dans quelles langues leur parlez-vous ? (par ex. français et anglais, ou fr,en)",
    "interview.ask": "{question} [{count|dernière question|encore # questions} ; /skip, /stop]",
    "interview.skipped": "Question passée : {field}.",
    "interview.stopped": "Entretien interrompu.",
    "interview.stopped.missing":
      "Entretien interrompu. Il manque encore : {fields} ; /interview reprend.",
    "interview.complete":
      "Le profil de la marque {brand} est complet. Suite : /spaces recommend classe les plateformes.",
    "interview.done.skipped":
      "Entretien terminé ; questions passées : {fields}. /interview les repose.",
    "interview.reask":
      "Je n'ai pas su lire « {answer} » comme valeur de {field} ; répondez par {hint} (ou /skip, /stop).",
    "interview.hint.hours": "un nombre d'heures, par ex. 4",
    "interview.hint.languages": "des langues comme français, anglais, ou des codes fr, en",
    "interview.hint.text": "quelques mots",
    "interview.hint.values": "l'un de ces mots : {values}",
    "interview.noQuestion": "aucune question d'entretien n'est en attente ; /interview en lance un",
    "interview.notRunning": "aucun entretien n'est en cours ; /interview en lance un",

    "question.yesNo": "Répondez par oui ou par non.",
    "delete.confirm":
      "Supprimer {name} et {count|sa # commande enregistrée|ses # commandes enregistrées} ? C'est irréversible (/save FICHIER en garde une copie). Répondez oui ou non.",
    "delete.notConfirmed":
      "note : la suppression de la marque {name} n'a pas été confirmée ; elle est conservée",

    "runner.ran": "{count|# commande exécutée|# commandes exécutées} depuis {path}.",
    "runner.ran.failed":
      "{count|# commande exécutée|# commandes exécutées} depuis {path} : {failed|# en échec|# en échec}.",
    "runner.ran.bailed":
      "{count|# commande exécutée|# commandes exécutées} depuis {path} : {failed|# en échec|# en échec}, arrêt au premier échec (--bail).",
    "runner.interrupted":
      "interrompu : {script} s'est arrêté après la ligne {line} ; ce qui a été exécuté est enregistré",
    "runner.unsaved.diskFull.after":
      "le disque est plein ; rien n'a été enregistré après la ligne {line} de {script}. Libérez de la place, puis relancez les lignes qui la suivent",
    "runner.unsaved.diskFull.none":
      "le disque est plein ; rien de {script} n'a été enregistré. Libérez de la place, puis relancez-le",
    "runner.unsaved.failed.after":
      "l'espace de travail n'a pas pu enregistrer ({reason}) ; rien n'a été enregistré après la ligne {line} de {script}. Corrigez cela, puis relancez les lignes qui la suivent",
    "runner.unsaved.failed.none":
      "l'espace de travail n'a pas pu enregistrer ({reason}) ; rien de {script} n'a été enregistré. Corrigez cela, puis relancez-le",
    "runner.atomic.failed":
      "rien n'a été enregistré : la ligne {line} de {script} a échoué ; l'espace de travail est tel qu'il était avant. Corrigez cette ligne et relancez",
    "runner.atomic.notRun":
      "rien n'a été enregistré : un script n'a pas pu être lancé ; l'espace de travail est tel qu'il était avant",
    "runner.atomic.diskFull":
      "rien n'a été enregistré : le disque est plein ; l'espace de travail est tel qu'il était avant. Libérez de la place et relancez",
    "runner.atomic.writeFailed":
      "rien n'a été enregistré : l'espace de travail n'a pas pu enregistrer ({reason}) ; l'espace de travail est tel qu'il était avant",
    "runner.theScript": "le script",
    "session.reloaded":
      "note : « {name} » a été modifiée dans une autre session smm depuis son ouverture ; son dernier état ({count} commandes enregistrées) a d'abord été chargé : rien n'est perdu",
  ]
}
