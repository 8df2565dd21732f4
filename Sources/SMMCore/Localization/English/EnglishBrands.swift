extension EnglishCatalog {
  /// What the brand commands print: /new, /use, /brands, /rename, /delete, /undo, /redo,
  /// /history, /save, /brand.
  static let brands: KeyValuePairs<String, String> = [
    "new.created": "Created brand {name} and opened it.",
    "new.interview": "Step 1, choose the spaces, starts with a few questions about the brand:",
    "brands.none": "No brands yet. Create one with /new NAME.",
    "brands.header.brand": "Brand",
    "brands.header.commands": "Commands",
    "brands.header.lastChange": "Last change",
    "rename.done": "Renamed {old} to {new}.",
    "delete.kept": "Kept {name}.",
    "delete.done": "Deleted {name} and its log.",
    "delete.noneOpen": "No brand is open now: /brands lists the others, /new NAME creates one.",
    "undo.done":
      "Undid #{seq} {command}. {name} is back to its state after #{head}; /redo brings it back.",
    "redo.done": "Redid #{seq} {command}.",
    "history.title": "Log of {name}:",
    "history.undone": "(undone; /redo)",
    "save.done": "Saved {count|# command|# commands} of {name} to {path}.",
    "brand.set.complete": "The profile is complete. Next: /spaces recommend.",
    "brand.set.missing": "Still missing: {fields}.",
    "brand.show.title": "Profile of {name}:",
    "brand.show.hours": "{hours} h/week",
    "brand.show.missingField": "— missing",
    "brand.show.complete": "Complete. Next: /spaces recommend.",
    "brand.show.missing":
      "Missing: {fields} — /interview asks for them, or /brand set FIELD VALUE.",
    "unit.characters": "characters",
    "unit.bytes": "bytes",
    "unit.weighted": "weighted characters",
  ]
}
