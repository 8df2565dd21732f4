extension EnglishCatalog {
  /// The session's own words: the interview, scripts run by the runner, confirmations.
  static let session: KeyValuePairs<String, String> = [
    "interview.question.name": "What is the brand called?",
    "interview.question.sector":
      "What does {brand} do, in a few words? (e.g. artisan bakery, B2B software)",
    "interview.question.market":
      "Who does {brand} sell to: consumers (b2c), companies (b2b), or both?",
    "interview.question.ages":
      "How old are the people it wants to reach? (13-17, 18-24, 25-34, 35-44, 45-54, 55-64, 65+; several allowed)",
    "interview.question.goals":
      "What should social media bring it? (awareness, traffic, leads, sales, recruitment, customer-care, community, reputation; several allowed)",
    "interview.question.hours": "How many hours a week can it spend on social media?",
    "interview.question.formats":
      "What can it produce? (text, image, short-video, long-video, long-form, live, audio)",
    "interview.question.reach": "Where are its customers: local, national or international?",
    "interview.question.languages":
      "In which languages does it speak to them? (e.g. English and French, or en,fr)",
    "interview.ask": "{question} [{count|last question|# to go}; /skip, /stop]",
    "interview.skipped": "Skipped {field}.",
    "interview.stopped": "Interview stopped.",
    "interview.stopped.missing": "Interview stopped. Still missing: {fields}; /interview resumes.",
    "interview.complete":
      "The profile of {brand} is complete. Next: /spaces recommend ranks the platforms.",
    "interview.done.skipped": "Interview done; skipped: {fields}. /interview asks again.",
    "interview.reask":
      "I could not read \"{answer}\" as the {field}; answer with {hint} (or /skip, /stop).",
    "interview.hint.hours": "a number of hours, e.g. 4",
    "interview.hint.languages": "languages such as English, French, or codes en, fr",
    "interview.hint.text": "a few words",
    "interview.hint.values": "{values}",
    "interview.noQuestion": "no interview question is waiting; /interview starts one",
    "interview.notRunning": "no interview is running; /interview starts one",

    "question.yesNo": "Please answer yes or no.",
    "delete.confirm":
      "Delete {name} and its {count|# logged command|# logged commands}? This cannot be undone (/save FILE keeps a copy). Answer yes or no.",
    "delete.notConfirmed": "note: the deletion of {name} was not confirmed; it is kept",

    "damage.entry":
      "note: entry {entry} of the log of \"{brand}\" cannot be read ({reason}); it is left out. Its stored text: {text}",
    "damage.howToRepair":
      "note: \"{brand}\" is shown without {count|that entry|those # entries} and cannot be changed until you repair it: /use it, then /repair saves {count|the entry's text|their text} to a file beside the workspace and removes {count|it|them} from the log",
    "repair.nothing": "The log of \"{brand}\" reads back whole; there is nothing to repair.",
    "repair.confirm":
      "Remove {count|the unreadable entry|the # unreadable entries} ({entries}) from the log of \"{brand}\"? {count|Its text is|Their text is} saved to a file beside the workspace first. Answer yes or no.",
    "repair.notConfirmed": "note: the repair of {brand} was not confirmed; its log is unchanged",
    "repair.kept": "The log of {brand} is unchanged.",
    "repair.done":
      "Repaired \"{brand}\": removed {count|the unreadable entry|the # unreadable entries} ({entries}); {count|its text is|their text is} saved in {path}. The log holds {total|# entry|# entries}, numbered without gaps.",
    "repair.file.header":
      "# Entries removed by /repair from the log of \"{brand}\" in {workspace}, {time}. Each follows the line that says why it could not be read; fix it and type it again to bring its change back.",
    "repair.file.entry": "# entry {entry}: {reason}",
    "workspace.note.notWritable":
      "note: the workspace {path} is read-only (its file or its folder cannot be written): you can look and export, but changes are refused; make both writable to change it",
    "workspace.note.damaged":
      "note: the workspace {path} is damaged ({detail}), so it is open read-only: you can look and export what SQLite can read. Recover it with: sqlite3 {path} .recover | sqlite3 recovered.sqlite, then smm --workspace recovered.sqlite — or go back to your last smm backup",
    "backup.done":
      "Backed up the workspace to {path}: {brands|# brand|# brands}, {entries|# log entry|# log entries}; the copy passed SQLite's integrity check.",
    "repair.file.taken": "every file name tried is taken; move the older repair files away",

    "template.unfilled":
      "the placeholder {placeholder} has no value; add --set {name}=VALUE (nothing was run)",
    "template.unusable":
      "the value of --set {name} cannot stand where {placeholder} is: {reason}; change the value (nothing was run)",
    "template.reason.control": "it holds {character}",
    "template.reason.lineBreak": "it holds a line break",
    "template.reason.blockEnd": "it holds \"\"\", which would end the text block",
    "template.unused": "warning: --set {name} is not used by {path}",
    "template.badSet": "--set takes NAME=VALUE (e.g. --set brand=\"Chez Paul\"), not {given}",
    "runner.ran": "Ran {count|# command|# commands} from {path}.",
    "runner.ran.failed": "Ran {count|# command|# commands} from {path}: {failed} failed.",
    "runner.ran.bailed":
      "Ran {count|# command|# commands} from {path}: {failed} failed, stopped at the first (--bail).",
    "runner.interrupted": "interrupted: {script} stopped after line {line}; what ran is saved",
    "runner.unsaved.diskFull.after":
      "the disk is full; nothing after line {line} of {script} was saved. Free some space, then run the lines after it again",
    "runner.unsaved.diskFull.none":
      "the disk is full; nothing from {script} was saved. Free some space, then run it again",
    "runner.unsaved.failed.after":
      "the workspace could not save ({reason}); nothing after line {line} of {script} was saved. Fix that, then run the lines after it again",
    "runner.unsaved.failed.none":
      "the workspace could not save ({reason}); nothing from {script} was saved. Fix that, then run it again",
    "runner.atomic.failed":
      "nothing was saved: line {line} of {script} failed; the workspace is as it was before the run. Fix that line and run it again",
    "runner.atomic.notRun":
      "nothing was saved: a script could not be run; the workspace is as it was before the run",
    "runner.atomic.diskFull":
      "nothing was saved: the disk is full; the workspace is as it was before the run. Free some space and run it again",
    "runner.atomic.writeFailed":
      "nothing was saved: the workspace could not save ({reason}); the workspace is as it was before the run",
    "runner.theScript": "the script",
    "session.reloaded":
      "note: \"{name}\" was changed in another smm session since you opened it; its latest state ({count} logged commands) was loaded first, so nothing is lost",
  ]
}
