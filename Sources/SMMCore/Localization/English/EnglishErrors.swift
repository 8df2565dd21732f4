extension EnglishCatalog {
  /// Errors: what was wrong and how to fix it (`ShellError`, and the common `SMMCoreError`s).
  static let errors: KeyValuePairs<String, String> = [
    "error.unknownCommand": "unknown command {command}; type /help for the list",
    "error.unknownCommand.suggest":
      "unknown command {command}{didYouMean} (/help lists every command)",
    "error.didYouMean.one": " — did you mean {name}?",
    "error.didYouMean.many": " — did you mean {names} or {last}?",
    "error.unterminatedQuote":
      "unterminated quote: the {quote} at column {column} is never closed; add the closing {quote}",
    "error.unterminatedTextBlock":
      "unterminated text block: a \"\"\" is never closed; end the text with a line holding \"\"\"",
    "error.danglingContinuation":
      "the last line ends with \\ but nothing follows; remove the \\ or add the rest of the command",
    "error.lineTooLong":
      "line too long: {bytes} bytes, the limit is {limit}; split the text into several commands",
    "error.invalidUTF8":
      "the line is not valid UTF-8 (bad byte at offset {offset}); save the file as UTF-8 and try again",
    "error.controlCharacter":
      "the line holds the control character {name} at column {column}; remove it and type the text again (only tabs and line breaks are kept)",
    "error.controlCharacter.inBlock":
      "line {line} of the command holds the control character {name} at column {column}; remove it and type the text again (only tabs and line breaks are kept)",
    "error.arguments.none": "/{command} takes no arguments (got {got}); usage: {usage}",
    "error.arguments.missing": "/{command} is missing an argument; usage: {usage}",
    "error.arguments.tooMany":
      "/{command} takes at most {maximum|# argument|# arguments} (got {got}); usage: {usage}{hint}",
    "error.arguments.quotePath": " — quote a path with spaces: \"my file.smm\"",
    "error.scriptLoop": "{script} is already running ({chain}); remove the /run that loops",
    "error.unknownFlag": "/{command} has no option {flag}{hint}; see /help {command}",
    "error.noActiveBrand":
      "no brand is open; create one with /new NAME or open one with /use NAME (/brands lists them)",
    "error.unknownBrand": "no brand named \"{name}\"; /brands lists them, /new {quoted} creates it",
    "error.unknownBrand.suggest": "no brand named \"{name}\"{didYouMean} (/brands lists them)",
    "error.brandExists":
      "a brand named \"{name}\" already exists; open it with /use {quoted} or pick another name",
    "error.nothingToUndo":
      "nothing to undo: the brand's log holds only its creation (to remove the brand, use /delete NAME)",
    "error.nothingToRedo":
      "nothing to redo: /redo replays what /undo took back, and nothing was undone since the last change",
    "error.fileExists":
      "{path} already exists; add --force to replace it, or choose another file name",
    "error.cannotRead": "cannot read {path}: {reason}",
    "error.cannotWrite": "cannot write {path}: {reason}",
    "error.confirmationNeeded": "{command} needs a confirmation; in a script or with -c, add --yes",
    "error.brandGoneElsewhere":
      "the brand \"{name}\" was deleted in another smm session; /brands lists what remains",
    "error.scriptTooDeep":
      "{path} runs scripts more than {limit} levels deep (a script running itself?); remove the /run loop",
    "error.usage": "{message}; usage: {usage}",
    "error.readOnly.notWritable":
      "the workspace {path} is read-only (its file or its folder cannot be written), so nothing was changed; make both writable, or copy it with smm backup FILE and use --workspace FILE",
    "error.readOnly.damaged":
      "the workspace {path} is damaged ({detail}), so it is open read-only and nothing was changed; recover it with: sqlite3 {path} .recover | sqlite3 recovered.sqlite, then smm --workspace recovered.sqlite — or go back to your last smm backup",
    "error.workspaceUnreadable":
      "the workspace could not be read ({reason}); nothing was changed — try again, or check the file with sqlite3",
    "error.damagedRead":
      "the workspace {path} is damaged where this command reads ({reason}); from now on it only reads. Recover it with: sqlite3 {path} .recover | sqlite3 recovered.sqlite, then smm --workspace recovered.sqlite — or go back to your last smm backup",
    "error.backup.sameFile":
      "cannot back up to {path}: it is the workspace itself; choose another file",
    "error.backup.integrity":
      "the copy for {path} failed SQLite's integrity check ({detail}); nothing was written there — the workspace itself may be damaged (see README, Recovering a workspace)",
    "error.backup.counts":
      "the copy for {path} holds {found} brands/log entries where the workspace holds {expected}; nothing was written there — run the backup again",
    "error.backup.sqlite":
      "cannot back up the workspace to {path} ({reason}); nothing was written there — check that its folder exists, is writable and has room",
    "error.damagedLog":
      "the log of \"{brand}\" has {count|an unreadable entry|# unreadable entries} ({entries}), so it is not changed; /repair saves {count|that entry|them} to a file beside the workspace and removes {count|it|them}, then run the command again",
    "error.corruptLog":
      "the log of \"{brand}\" cannot be read at entry {entry} ({reason}); nothing was changed — /repair saves the unreadable entries beside the workspace and removes them",

    "error.brandAlreadyCreated": "this brand already exists; a log creates its brand only once",
    "error.logMustStartWithCreation": "a brand's log must start with its creation (/new NAME)",
    "error.unknownPlatform": "unknown platform \"{id}\"; the platforms are: {platforms}",
    "error.unknownPlatform.suggest":
      "unknown platform \"{id}\" — did you mean {suggestions}? The platforms are: {platforms}",
    "error.or": " or ",
  ]
}
