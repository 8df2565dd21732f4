/// The words the sentiment rules treat apart, per language: smm's lists, written for smm.
enum SentimentWords {
  /// English negators (with the apostrophe dropped, as words are folded), intensifiers,
  /// dampeners and contrasts.
  static let english: [(String, SentimentLexicon.Role)] =
    list(
      "not no never none nobody nothing neither nor nowhere cannot without aint dont doesnt didnt isnt arent wasnt werent wont wouldnt shouldnt couldnt cant hasnt havent hadnt mustnt neednt darent",
      .negator)
    + list(
      "very so really extremely absolutely completely totally incredibly too most highly truly utterly hugely seriously fucking freaking deeply especially exceptionally remarkably thoroughly fully entirely enormously insanely ridiculously majorly purely particularly unbelievably",
      .booster)
    + list(
      "slightly somewhat barely hardly marginally partly fairly kinda sorta almost occasionally",
      .dampener)
    + list("but however though yet", .contrast)
    + list("kind sort", .kind) + list("of", .of)

  /// French negators (« ne » and its elided « n' » among them), intensifiers, dampeners,
  /// contrasts and elided words.
  static let french: [(String, SentimentLexicon.Role)] =
    list("ne n pas jamais aucun aucune sans rien ni guère nullement", .negator)
    + list(
      "très vraiment trop tellement hyper grave carrément complètement totalement extrêmement absolument vachement franchement si tant ultra archi méga profondément particulièrement sacrément énormément terriblement horriblement vraiement tres",
      .booster)
    + list("plutôt assez légèrement moyennement presque", .dampener)
    + list("mais pourtant cependant toutefois néanmoins", .contrast)
    + list("plus", .plus) + list("peu", .peu)
    + list("l d j m t s c qu jusqu lorsqu puisqu quoiqu", .elision)

  /// English function words, for telling the language of a mention.
  static let englishFunction =
    "the and is are was were this that with for you your my it its have has they we what just from of to at be been will would but very really dont cant at by our their there here about if when how why who all or any got me he she his her them do does did not no thank thanks"

  /// French function words (the elided « j' », « c' », « n' »… count too).
  static let frenchFunction =
    "le la les et est sont des du une je tu il elle nous vous ils elles ce cette ces pas ne que qui pour avec sur dans mon ma mes ton ta votre vos notre nos leur au aux très mais où comme moins été être avoir ai ça ca donc alors aussi encore déjà toujours rien tout tous toute quand parce chez merci vraiment trop"

  private static func list(_ words: String, _ role: SentimentLexicon.Role) -> [(
    String, SentimentLexicon.Role
  )] {
    words.split(separator: " ").map { (String($0), role) }
  }
}
