extension EnglishCatalog {
  /// The shell's own words: welcome, hints, the assistant, /status, /next, /why, /lang.
  static let shell: KeyValuePairs<String, String> = [
    "list.separator": "; ",
    "label.error": "error:",
    "welcome.first":
      "Welcome! smm walks a brand through four steps — choose the spaces, adapt content, engage communities, prepare for a crisis — and turns the answers into a plan. Type answers and questions in plain words, or commands (/help).",
    "welcome.noBrand":
      "No brand is open: /use NAME opens one (/brands lists them), /new NAME creates one.",
    "welcome.reopened":
      "Opened {name} ({count|# logged command|# logged commands}, last change {time}): step {step}/4, {title}.",
    "welcome.changed":
      "Since this brand was last open here, {count|# command was|# commands were} logged elsewhere (another shell or a script):",
    "hint.run": "→ next: {command} (yes to run it, /why for the reasons)",
    "hint.complete":
      "→ the four steps are complete; /export html (or md, json) writes the plan again",
    "hint.openBrand": "→ open a brand with /use NAME, or create one with /new NAME",
    "note.ahead":
      "note: going ahead of the method to step {step} — {skipped}. It works; the plan will say what is missing.",

    "assistant.nothingToConfirm":
      "There is nothing waiting for a yes or a no. /next gives the next step; /help lists the commands.",
    "assistant.running": "» {command}",
    "assistant.confirm":
      "I do not run {command} from plain words: it removes something. Type the command yourself if you mean it.",
    "assistant.none": "I did not understand \"{text}\". I can, for example:",
    "assistant.example.next": "tell you what to do next — \"what now?\"",
    "assistant.example.spaces": "choose the networks — \"which networks should we be on?\"",
    "assistant.example.adapt": "adapt a message — \"adapt message 2 for LinkedIn\"",
    "assistant.example.crisis":
      "triage a crisis — \"someone says our bread made people sick, it's false\"",
    "assistant.related": "Commands that may help: {commands} (/help lists them all)",
    "assistant.needAnswer": "This needs your answer. {question}",
    "assistant.yesNo": "Please answer yes or no. {question}",
    "assistant.declined": "Fine. /next gives the next step whenever you want it.",
    "assistant.which": "I am not sure which you mean:",
    "assistant.whichHow": "Type its number, or the command itself.",
    "assistant.whichAgain": "Type a number from 1 to {count}, or a command.",

    "next.pending": "First, the question waiting for your answer (/stop or /skip to leave it):",
    "next.run": "Next: {command} — yes runs it.",
    "next.askCommand": "  (your answer completes {command})",
    "next.complete":
      "The four steps are complete and the plan is written. /export html, md or json writes it again (--force replaces the file); smm export BRAND does it from outside the shell.",
    "why.nothing": "Nothing recommended yet: /next gives a recommendation, then /why explains it.",
    "why.title": "Why {command}:",
    "why.sources": "Sources:",
    "hints.on": "Hints are on: a line after each command says what comes next.",
    "hints.off": "Hints are off: /next gives the next step when you want it.",
    "lang.current": "smm speaks English. /lang fr passe en français.",

    "status.brand":
      "Brand: {name} — {count|# logged command|# logged commands}, last change {time}",
    "status.noBrand": "No brand is open: create one with /new NAME, or open one with /use NAME.",
    "status.method": "The method, in four steps:",
    "status.here": "← you are here",
    "status.needs": "needs",
    "status.weak": "to improve:",
  ]
}
