extension EnglishCatalog {
  /// `/help`: the overview, the headings of `/help NAME`, and every command's abstract,
  /// discussion and option descriptions (`help.NAME.abstract`, `help.NAME.discussion`,
  /// `help.NAME.flag.OPTION`, the option without its dashes).
  static let help: KeyValuePairs<String, String> = [
    "help.export.abstract":
      "Write the open brand's plan (html, md, json), its calendar (ics, csv) or its script",
    "help.export.discussion":
      "html is one printable page with charts; md the same plan in Markdown; json the plan under schemas/plan.schema.json. Each part that is still empty says what is missing and the command that fills it, and the sources come as numbered notes. ics and csv write the publishing calendar; script the replayable log. Without FILE, the name comes from the brand (le-fournil-plan.html). The plan is written in the language smm speaks (/lang). An existing file is kept unless --force is given. Outside the shell: smm export BRAND --format FORMAT.",
    "help.export.flag.section":
      "With html or md: only this part (brand, spaces, content, communities, crisis)",
    "help.export.flag.force": "Replace the file if it exists",
    "help.intro":
      "smm walks a brand through four steps: choose the spaces, adapt content,\nengage communities, prepare the crisis response.",
    "help.commands": "Commands (/help NAME for details):",
    "help.outro":
      "Lines without / answer the question the shell asked. Quote text with spaces\n(\"Chez Paul\"), write long text between \"\"\" lines, end a line with \\ to go on.",
    "help.usage": "Usage: {usage}",
    "help.aliases": "Also: {aliases}",
    "help.options": "Options:",
    "help.examples": "Examples:",

    "help.brand.abstract": "Show the brand profile, or set one of its fields",
    "help.brand.discussion":
      "The profile drives step 1: name, sector (free text), market (b2c, b2b, both), ages (13-17, 18-24, 25-34, 35-44, 45-54, 55-64, 65+), goals (awareness, traffic, leads, sales, recruitment, customer-care, community, reputation), hours (per week), formats (text, image, short-video, long-video, long-form, live, audio), reach (local, national, international) and languages (ISO 639-1 codes). Lists take comma-separated values. /interview asks for what is missing, in plain words.",

    "help.brands.abstract": "List the brands of the workspace",
    "help.brands.discussion":
      "Shows every brand with the number of commands in its log and its last change; * marks the open one.",

    "help.calendar.abstract":
      "Plan the publishing calendar over the coming weeks, or show it as a week grid",
    "help.calendar.discussion":
      "plan spreads the adapted variants of the core messages over WEEKS weeks from the next Monday (or --start), at the cadence each chosen platform needs — the low end of its posts per week that work — cut in proportion when the platforms need more hours than the brand has. The start date is written into the recorded command, so a replay gives the same calendar. Without an action, the plan is shown as a grid: one row per week, one column per day. smm export BRAND --format ics or csv hands it to a calendar or a scheduler.",
    "help.calendar.flag.start": "The first day (the plan starts on the Monday on or after it)",

    "help.community.abstract":
      "Map the communities: what the brand brings each one, what it brings back",
    "help.community.discussion":
      "Step 3 confronts the brand with the people on the networks. Each community gathers on a platform and is of one type — interest, action, place, practice, circumstance (FeverBee). Its fields: size (about how many members), needs (its needs and interests), gives (what the brand brings it), gets (what it brings the brand back) — a community counts as mapped once both gives and gets are known — and people (ambassadors, experts, influencers, with their handles, comma-separated). Without an action, /community lists the map and suggests communities from the brand profile.",
    "help.community.flag.platform": "Where the community gathers",
    "help.community.flag.type": "interest, action, place, practice or circumstance",

    "help.content.abstract":
      "The editorial line: pillars, tone per platform, core messages, content mix",
    "help.content.discussion":
      "Step 2 starts from the editorial line. pillars are the 3 to 5 themes the brand talks about. tone shows the register of each platform (professional on LinkedIn, conversational on X…) and changes one. message add records a core message (write long text between \"\"\" lines); messages are numbered from 1 and the number is their ID. Each message is tagged brand, educational, curated or conversation (guessed from its words when --tag is not given, and shown); mix shows the share of each and flags one-way, brand-centred communication against a rule: thirds, 80-20, 5-3-2 or 4-1-1. adapt writes a message's variant for each chosen platform (or those named), each within the platform's limits in its own counting unit, and lists what was changed and why; edit replaces a variant by hand; check validates every variant and names what is wrong.",
    "help.content.flag.tag": "The message's tag",

    "help.count.abstract": "Count a text the way a platform counts it: length, limit, what remains",
    "help.count.discussion":
      "Each platform counts in its own unit: X in weighted characters (twitter-text v3: URLs 23, emoji 2, CJK 2), Bluesky in graphemes and UTF-8 bytes, Mastodon with URLs as 23 and only the user part of @user@domain, YouTube descriptions in bytes, most others in characters. Quote the text, or write it between \"\"\" lines. smm count --platform P does the same from the command line.",

    "help.crisis.abstract":
      "Prepare the crisis response: risks, SCCT triage, playbooks and holding statements",
    "help.crisis.discussion":
      "Step 4 prepares for negative information — true, false or truncated — before it comes. risk add records a risk with its SCCT type (victim: natural-disaster, rumor, workplace-violence, tampering; accidental: challenge, technical-accident, technical-product-harm; preventable: human-error-accident, human-error-product-harm, misdeed, management-misconduct, misdeed-injuries), likelihood and impact (1–5) and the channels where it would break first; risks ranks them by likelihood × impact and suggests more from the sector. triage applies Coombs' Situational Crisis Communication Theory: the cluster, the strategy (inform, deny, diminish, rebuild, with bolstering or not), the guideline it follows, the escalation level and who acts, the time within which the first response must be out, and the first actions. playbook gives a risk's team, escalation chain, first-hour checklist, a holding statement for every chosen channel within its limit, the dark-site page and the internal message; statement replaces one channel's statement; team names who holds each role.",
    "help.crisis.flag.type": "The SCCT crisis type",
    "help.crisis.flag.likelihood": "1 (rare) to 5 (almost certain)",
    "help.crisis.flag.impact": "1 (minor) to 5 (severe)",
    "help.crisis.flag.channels": "Where it would break first, comma-separated",
    "help.crisis.flag.veracity": "Is the information true, false or truncated",
    "help.crisis.flag.history": "Similar crises before",
    "help.crisis.flag.reputation": "Prior reputation",
    "help.crisis.flag.harm": "Harm done",
    "help.crisis.flag.reach": "People reached so far",
    "help.crisis.flag.velocity": "Mentions per hour",
    "help.crisis.flag.json": "Print the triage as JSON",
    "help.crisis.flag.seed": "The drill's seed (recorded, so the drill replays exactly)",
    "help.crisis.flag.answers": "The drill's answers, separated by |, for a replay",

    "help.delete.abstract": "Delete a brand and its whole log (asks first)",
    "help.delete.discussion":
      "Deletes the brand, its log and its snapshots from the workspace. This cannot be undone, so the shell asks for a yes first; scripts and -c must add --yes. Save the brand first with /save FILE to keep a copy you can replay.",
    "help.delete.flag.yes": "Delete without asking (required in scripts)",

    "help.repair.abstract": "Remove the unreadable entries of the open brand's log (asks first)",
    "help.repair.discussion":
      "A log entry that does not read back as a command (a workspace damaged outside smm, or by an older smm) is left out when the brand opens, and the brand cannot be changed until it is repaired. /repair writes the text of every unreadable entry to a new file beside the workspace, with why it could not be read, then removes those entries and renumbers the log so it stays gap-free. Fix a saved line and type it again to bring its change back. Scripts and -c must add --yes.",
    "help.repair.flag.yes": "Repair without asking (required in scripts)",

    "help.backup.abstract": "Copy the whole workspace to one file, checked, while shells are open",
    "help.backup.discussion":
      "Writes a consistent copy of every brand, log and setting to FILE with SQLite's online backup, even while other smm shells write: the copy is one snapshot. It is written under a temporary name beside FILE, checked (SQLite's integrity check, the same brands and log entries), then moved into place, so FILE is never half written. An existing FILE is kept unless --force is given. Back up with /backup or smm backup FILE, not with cp: a copy of the file alone can miss what sits in its -wal file. To restore, point --workspace (or SMM_WORKSPACE) at the copy.",
    "help.backup.flag.force": "Replace FILE if it exists",

    "help.engage.abstract":
      "Plan recurring actions per community (create, share, spread) and check the balance",
    "help.engage.discussion":
      "plan builds a first engagement plan from the community map: for each community, the three kinds of action of the method — create (own content for them), share (curate others' content), spread (carry their voice further) — each with a frequency and an owner, cut to fit the hours the platforms leave. Without an action, /engage shows the plan and the time it needs against the hours available. balance puts the content mix and the plan together: does the brand talk mostly about itself, which communities get nothing, which give nothing back, and the one change that would help most. owner says who does a kind of action for a community.",

    "help.help.abstract": "List the commands, or explain one in detail",
    "help.help.discussion":
      "Without an argument, lists every command with one line each. With a command name (with or without its /), shows its usage, options and examples.",

    "help.hints.abstract": "Turn the one-line hint after each command on or off",
    "help.hints.discussion":
      "Hints are on at a terminal and off in scripts. /hints alone says which. /next gives the same advice on demand.",

    "help.history.abstract": "Show the open brand's log of changes, numbered, with times",
    "help.history.discussion":
      "Every command that changed the brand, in order, with when it was recorded. Commands taken back by /undo are listed as undone until a new change drops them. /save FILE writes the commands in effect as a script.",

    "help.interview.abstract":
      "Ask for each missing field of the brand profile, one question at a time",
    "help.interview.discussion":
      "Asks one short question per missing field, with the answers it takes. Answer in your own words, in English or French (\"we sell to other companies\", \"environ 4 heures par semaine\"); each accepted answer is recorded as its /brand set command and shown. /skip passes a question, /stop ends the interview. It starts by itself after /new.",

    "help.skip.abstract": "Pass the current interview question",
    "help.skip.discussion":
      "Leaves the field missing and asks the next question; /interview asks again later.",

    "help.stop.abstract": "End the interview (what was answered is kept)",
    "help.stop.discussion":
      "Ends the interview; every answer already given is saved. /interview resumes with what is still missing.",

    "help.lang.abstract": "Show or set the language smm speaks: en (English) or fr (français)",
    "help.lang.discussion":
      "English is the default; a French LANG starts smm in French. The choice is saved in the workspace. Commands, their options and the log stay the same in both languages: only what smm says changes.",

    "help.metrics.abstract":
      "Record weekly metrics per platform (or import a CSV) and show engagement rates",
    "help.metrics.discussion":
      "add records one platform's week; import reads a CSV with the columns platform, week, followers, reach, impressions, engagements (comma, semicolon or tab; a BOM is fine) — all rows or none: a bad row is named, with its column, and nothing is imported. The rows read are written into the log, so a replay does not need the file. A week already recorded for a platform is replaced. Without an action, /metrics shows, per platform and week, the engagement rate by reach (ERR), by followers and by impressions, the trend of ERR, and its band — a rule of thumb.",
    "help.metrics.flag.week": "The ISO week, YYYY-Www",
    "help.metrics.flag.followers": "A whole number ≥ 0",
    "help.metrics.flag.reach": "A whole number ≥ 0",
    "help.metrics.flag.impressions": "A whole number ≥ 0",
    "help.metrics.flag.engagements": "A whole number ≥ 0",

    "help.new.abstract": "Create a brand and switch to it",
    "help.new.discussion":
      "Creates a brand in the workspace and opens it; everything that follows is recorded in its log. Names are unique in a workspace, whatever their case. Several words make one name: /new Chez Paul.",

    "help.next.abstract": "The one most useful next action, with its exact command (yes runs it)",
    "help.next.discussion":
      "The guide reads the open brand and proposes the first thing the method still needs: a command to run (answer yes to run it), or a question whose answer completes one. /why explains the recommendation and gives its sources.",

    "help.platforms.abstract": "List the platforms, or show one with its figures and sources",
    "help.platforms.discussion":
      "Without an argument, one line per platform: what it is for, its audience, and the hours a week a profile there needs. With a platform id, everything the catalog knows of it, each figure with its source and the date it was checked.",

    "help.profile.abstract":
      "Show or fill the brand's profile on a platform; check all profiles together",
    "help.profile.discussion":
      "/profile PLATFORM shows the fields that platform's profiles have (display name, handle, bio, link, avatar, banner, pinned post…) with each limit in the platform's own counting unit, and a suggested bio written from the brand profile. /profile PLATFORM set FIELD TEXT fills a field (avatar and banner take yes or no) and says by how much a text is over its limit. /profile check reports each profile's completeness and whether they tell one identity: same display name, matching handles, bios carrying the same core message.",

    "help.quit.abstract": "Leave smm (everything is already saved)",
    "help.quit.discussion":
      "Every change is saved as it is made, so leaving loses nothing; smm reopens the same brand next time. Ctrl-D on an empty line does the same.",

    "help.redo.abstract": "Bring back the change /undo took back",
    "help.redo.discussion":
      "Replays the next undone command of the brand's log. A new change after /undo drops what could have been redone.",

    "help.rename.abstract": "Rename the open brand",
    "help.rename.discussion":
      "Gives the open brand a new name, recorded in its log (/undo takes it back). The name must not belong to another brand of the workspace.",

    "help.reply.abstract":
      "Response-time targets, and the triage of a negative post with a first reply",
    "help.reply.discussion":
      "targets shows how fast to answer each kind of message (question, complaint, praise, criticism) on each chosen platform, with the figures behind them. triage sorts a negative post, after the US Air Force \"Web Posting Response Assessment\": a troll (do not answer), a rager (watch, answer once calmly), misguided (fix the facts) or an unhappy customer (put it right) — it asks the few questions needed, or takes --kind — and proposes a first reply that fits the platform's limit. It ends with when a thread becomes a crisis and belongs to step 4.",
    "help.reply.flag.kind": "What the post is, when known",
    "help.reply.flag.platform": "Where the post is",

    "help.run.abstract": "Replay a .smm script inside this session",
    "help.run.discussion":
      "Runs each line of the file as if typed, in one transaction per 1,000 commands. Errors name the file and line; the replay goes on after an error unless --bail is given.",
    "help.run.flag.bail": "Stop at the first command that fails",

    "help.save.abstract": "Write the open brand's log as a replayable .smm script",
    "help.save.discussion":
      "Writes the commands in effect (undone ones left out), one per line, under a comment header. Replaying the file with /run or smm run in a workspace without that brand rebuilds the same state. An existing file is kept unless --force is given; the file is written whole or not at all.",
    "help.save.flag.force": "Replace the file if it exists",
    "help.save.flag.compact":
      "Leave out the commands that later ones override: the shortest script that rebuilds the brand",
    "help.save.flag.template":
      "Write the brand's name as {{brand}}, for smm run FILE --set brand=NAME",

    "help.spaces.abstract":
      "Rank the platforms for the brand, explain a score, choose or drop platforms",
    "help.spaces.discussion":
      "recommend scores every platform 0–100 with the reasons behind it and proposes a set sized to the brand's hours. The model is a weighted sum: audience 30% (survey usage among the brand's ages), market 20% (B2B/B2C strength), goals 20%, formats 20% (can the brand produce what the platform rewards), reach 10%, times 0.6 when a required format is missing; unknown profile fields count as neutral. why shows one score in full. choose and drop record the decision; without an action, /spaces shows the chosen set and its hours.",

    "help.status.abstract":
      "Show the open brand and the four steps of the method with what each needs",
    "help.status.discussion":
      "The method runs in four steps: choose the spaces, adapt content to each channel, engage communities, prepare the crisis response. /status shows each step's progress, what is done, what is missing and what is weak, then the next action (/next).",

    "help.undo.abstract": "Take back the last change to the open brand",
    "help.undo.discussion":
      "Steps the brand's log back one command; /redo brings it back until a new change is made. The brand's creation is not undone: use /delete for that.",

    "help.use.abstract": "Open an existing brand",
    "help.use.discussion":
      "Switches the session to another brand of the workspace; its state is loaded from its log. The case of the name does not matter.",

    "help.why.abstract": "Explain the guide's last recommendation, with its sources",
    "help.why.discussion":
      "The last recommendation is the one /next or the hint after a command gave. /spaces why PLATFORM explains one platform's score instead.",
  ]
}
