extension EnglishCatalog {
  /// What the domain says about content: what an adaptation changed and why, what explains a
  /// count, the groups and advice of a mix rule, the default tones, the blog outline.
  static let contentNotes: KeyValuePairs<String, String> = [
    "calendar.note.cut":
      "The chosen platforms need {needed} h a week and the brand has {hours}: every cadence is cut to {percent}%, at least one post a week",
    "calendar.note.noVariant":
      "{platform}: no variant yet; its slots say \"to write\" (/content adapt ID {id})",
    "calendar.note.repeat":
      "{slots} slots for {messages|# message|# messages}: variants repeat; add messages to vary the feed",
    "adapt.tidied": "spaces and blank lines tidied",
    "adapt.linkInBio":
      "{count|link|# links} moved to the profile: links in {platform} posts are not clickable, so the text says \"link in bio\" — {source}",
    "adapt.linkField":
      "link moved to the pin's own link field ({url}): links in {platform} descriptions are not clickable — {source}",
    "adapt.urlWeight.one": "the URL counts {weight}, whatever its length — {source}",
    "adapt.urlWeight.many": "{count} URLs count {weight} each, whatever its length — {source}",
    "adapt.hashtagCap": "hashtags cut from {from} to {to}, the cap on {platform} — {source}",
    "adapt.hashtagAdvice":
      "hashtags cut from {from} to {to}: {low}–{high} is the advice on {platform} — {source}",
    "adapt.hashtagsEnd": "hashtags gathered at the end, where LinkedIn readers expect them",
    "adapt.thread":
      "split into a thread of {count} numbered parts: the text is {length}/{limit} {unit} on {platform}, and each part fits",
    "adapt.shortened": "shortened from {from} to {to} {unit} (limit {limit} on {platform}), {how}",
    "adapt.noLimit": "{length} {unit}; {platform} sets no limit",
    "adapt.fits": "fits: {length}/{limit} {unit}",
    "adapt.exclamations":
      "repeated exclamation marks reduced: the register on {platform} is {tone}",
    "adapt.shouting":
      "note: most words are in capitals, which reads as shouting on {platform} ({tone}); left as written",
    "adapt.titleShortened": "title shortened to fit {limit} {unit} — {source}",
    "adapt.titleFirst": "title taken from the first sentence; the message is the {field}",
    "adapt.removed": "\"{character}\" removed: {platform} refuses it in a {field}",
    "adapt.fieldShortened": "{field} shortened from {from} to {to} {unit}, {how}",
    "adapt.noHashtags": "hashtags left out: an article is found through search, not hashtags",
    "adapt.outline":
      "turned into a blog outline: a title, the points to develop, a conclusion; write the article from it",
    "adapt.byHand": "written by hand",
    "cut.sentence": "cut at a sentence end",
    "cut.word": "cut at a word boundary",
    "cut.character": "cut between characters",
    "field.post": "post",
    "field.caption": "caption",
    "field.description": "description",
    "field.title": "title",
    "field.message": "message",
    "field.article": "article",

    "post.linkInBio": "(link in bio)",
    "outline.introduction": "Introduction",
    "outline.takeAway": "What {brand} wants the reader to take away: {title}",
    "outline.develop": "Develop",
    "outline.explain": "Explain the why and the how, with an example from {brand}.",
    "outline.tip": "Give one practical tip the reader can use today.",
    "outline.points": "Points to develop",
    "outline.pillars": "Pillars",
    "outline.conclusion": "Conclusion",
    "outline.callToAction": "One call to action, and links to the related posts.",

    "counter.url": "{count} {count|URL|URLs} counted {weight}{count|| each}",
    "counter.emoji": "{count} {count|emoji|emoji} counted 2{count|| each}",
    "counter.emojiBytes":
      "{count} {count|emoji|emoji} counted as {count|its|their} UTF-8 bytes ({bytes} in all)",
    "counter.refuses": "{platform} refuses {codes}",
    "counter.refusesIn": "{platform} refuses {characters} in a {field}",
    "counter.quoted": "\"{character}\"",
    "counter.and": "{a} and {b}",
    "counter.over": "over the {limit}-{unit} limit by {over}",
    "counter.overSecondary": "{length} {units}: over {platform}'s {limit}-{unit} limit by {over}",
    "counter.unit.character": "character",
    "counter.unit.byte": "byte",
    "counter.unit.weighted": "weighted character",
    "counter.hashtagCap": "{count|# hashtag|# hashtags}: {platform} allows at most {cap}",
    "counter.hashtagAdvice":
      "{count|# hashtag|# hashtags}: guides advise {low}–{high} on {platform}",
    "counter.mentionCap": "{count|# @mention|# @mentions}: {platform} allows at most {cap}",
    "counter.linkCap": "{count|# link|# links}: {platform} accepts at most {cap}",
    "counter.linksInBio":
      "links are not clickable in a {platform} {field}: put the link in the bio",
    "counter.linkField":
      "links are not clickable in a {platform} {field}: use the link field (up to {limit} characters)",
    "counter.mention": "{written} counted as {user}",

    "mix.create": "create (brand, educational)",
    "mix.curate": "curate",
    "mix.converse": "converse",
    "mix.inform": "inform, educate, entertain",
    "mix.promote": "promote",
    "mix.curated": "curated",
    "mix.own": "own (educational, brand)",
    "mix.personal": "personal",
    "mix.original": "original (educational, conversation)",
    "mix.promotional": "promotional",
    "mix.brandCentred":
      "{share}% of the messages are about the brand itself; {rule} allows {allowed}%: one-way, brand-centred communication",
    "mix.more": "more {group} messages ({target}% targeted, {now}% now)",
    "mix.bestChange": "The change that helps most: {change}",

    "tone.professional": "professional",
    "tone.conversational": "conversational",
    "tone.friendly": "friendly",
    "tone.warmVisual": "warm and visual",
    "tone.playful": "playful",
    "tone.explanatory": "explanatory",
    "tone.candid": "candid, community-first",
    "tone.personal": "personal",
    "tone.expert": "expert",
  ]
}
