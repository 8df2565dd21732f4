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

    "damage.entry":
      "note : l'entrée {entry} du journal de « {brand} » est illisible ({reason}) ; elle est laissée de côté. Son texte enregistré : {text}",
    "damage.howToRepair":
      "note : « {brand} » est affichée sans {count|cette entrée|ces # entrées} et ne peut pas être modifiée avant réparation : ouvrez-la avec /use, puis /repair enregistre {count|son texte|leur texte} dans un fichier à côté de l'espace de travail et {count|la retire|les retire} du journal",
    "repair.nothing": "Le journal de « {brand} » se relit en entier ; il n'y a rien à réparer.",
    "repair.confirm":
      "Retirer {count|l'entrée illisible|les # entrées illisibles} ({entries}) du journal de « {brand} » ? {count|Son texte est|Leur texte est} d'abord enregistré dans un fichier à côté de l'espace de travail. Répondez oui ou non.",
    "repair.notConfirmed":
      "note : la réparation de {brand} n'a pas été confirmée ; son journal est inchangé",
    "repair.kept": "Le journal de {brand} est inchangé.",
    "repair.done":
      "« {brand} » est réparée : {count|l'entrée illisible est retirée|les # entrées illisibles sont retirées} ({entries}) ; {count|son texte est enregistré|leur texte est enregistré} dans {path}. Le journal compte {total|# entrée|# entrées}, sans trou dans la numérotation.",
    "repair.file.header":
      "# Entrées retirées par /repair du journal de « {brand} » dans {workspace}, {time}. Chacune suit la ligne qui dit pourquoi elle était illisible ; corrigez-la et saisissez-la de nouveau pour retrouver son changement.",
    "repair.file.entry": "# entrée {entry} : {reason}",
    "workspace.note.notWritable":
      "note : l'espace de travail {path} est en lecture seule (son fichier ou son dossier ne peut pas être écrit) : vous pouvez consulter et exporter, mais les modifications sont refusées ; rendez-les accessibles en écriture pour le modifier",
    "workspace.note.damaged":
      "note : l'espace de travail {path} est abîmé ({detail}), il est donc ouvert en lecture seule : vous pouvez consulter et exporter ce que SQLite peut lire. Récupérez-le avec : sqlite3 {path} .recover | sqlite3 recovered.sqlite, puis smm --workspace recovered.sqlite — ou revenez à votre dernière sauvegarde smm backup",
    "backup.done":
      "Espace de travail sauvegardé dans {path} : {brands|# marque|# marques}, {entries|# entrée de journal|# entrées de journal} ; la copie a passé le contrôle d'intégrité de SQLite.",
    "repair.file.taken":
      "tous les noms de fichier essayés sont pris ; déplacez les anciens fichiers de réparation",

    "template.unfilled":
      "l’emplacement {placeholder} n’a pas de valeur ; ajoutez --set {name}=VALEUR (rien n’a été exécuté)",
    "template.unusable":
      "la valeur de --set {name} ne peut pas aller là où est {placeholder} : {reason} ; changez la valeur (rien n’a été exécuté)",
    "template.reason.control": "elle contient {character}",
    "template.reason.lineBreak": "elle contient un saut de ligne",
    "template.reason.blockEnd": "elle contient \"\"\", qui fermerait le bloc de texte",
    "template.unused": "attention : --set {name} n’est pas utilisé par {path}",
    "template.badSet": "--set prend NOM=VALEUR (par ex. --set brand=\"Chez Paul\"), pas {given}",
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
