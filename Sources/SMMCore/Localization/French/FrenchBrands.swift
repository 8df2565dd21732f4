extension FrenchCatalog {
  /// Ce qu'affichent les commandes de marque : /new, /use, /brands, /rename, /delete, /undo,
  /// /redo, /history, /save, /brand.
  static let brands: KeyValuePairs<String, String> = [
    "new.created": "Marque {name} créée et ouverte.",
    "new.interview":
      "L'étape 1, choisir les espaces, commence par quelques questions sur la marque :",
    "brands.none": "Aucune marque pour l'instant. Créez-en une avec /new NOM.",
    "brands.header.brand": "Marque",
    "brands.header.commands": "Commandes",
    "brands.header.lastChange": "Dernière modification",
    "rename.done": "Marque {old} renommée en {new}.",
    "delete.kept": "La marque {name} est conservée.",
    "delete.done": "La marque {name} et son journal sont supprimés.",
    "delete.noneOpen":
      "Aucune marque n'est plus ouverte : /brands liste les autres, /new NOM en crée une.",
    "undo.done":
      "Commande n° {seq} annulée : {command}. {name} revient à son état après la n° {head} ; /redo la rétablit.",
    "redo.done": "Commande n° {seq} rétablie : {command}.",
    "history.title": "Journal de la marque {name} :",
    "history.undone": "(annulée ; /redo)",
    "save.done":
      "Enregistré dans {path} : {count|# commande|# commandes} de la marque {name}.",
    "brand.set.complete": "Le profil est complet. Suite : /spaces recommend.",
    "brand.set.missing": "Il manque encore : {fields}.",
    "brand.show.title": "Profil de la marque {name} :",
    "brand.show.hours": "{hours} h/semaine",
    "brand.show.missingField": "— manquant",
    "brand.show.complete": "Complet. Suite : /spaces recommend.",
    "brand.show.missing":
      "Il manque : {fields} — /interview vous les demande, ou /brand set CHAMP VALEUR.",
    "unit.characters": "caractères",
    "unit.bytes": "octets",
    "unit.weighted": "caractères pondérés",
  ]
}
