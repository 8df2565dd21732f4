import Foundation

/// A network people ask about that smm's catalog does not hold (no audience figures, limits or
/// cadence), so smm can neither score it nor adapt content to it: named so that smm can say so
/// plainly instead of "not understood" or "unknown platform".
public enum UncoveredPlatform {
  /// The words that name each one (lower case, without accents), with its name. Words that are
  /// also everyday words ("line", "signal", "medium") are left out: they would misread requests.
  static let names: [(words: String, name: String)] = [
    ("vinted", "Vinted"), ("twitch", "Twitch"),
    ("discord", "Discord"), ("telegram", "Telegram"), ("tumblr", "Tumblr"), ("quora", "Quora"),
    ("substack", "Substack"), ("yelp", "Yelp"), ("tripadvisor", "Tripadvisor"),
    ("trip advisor", "Tripadvisor"), ("wechat", "WeChat"), ("xing", "XING"),
    ("viadeo", "Viadeo"), ("bereal", "BeReal"), ("lemon8", "Lemon8"), ("flickr", "Flickr"),
    ("behance", "Behance"), ("dribbble", "Dribbble"), ("strava", "Strava"),
    ("vkontakte", "VK"), ("medium.com", "Medium"), ("messenger", "Messenger"),
  ]

  /// The uncovered network `text` names, if any: whole words, any case, accents ignored.
  public static func named(in text: String) -> String? {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    let words = folded.split { !$0.isLetter && !$0.isNumber && $0 != "." }.map(String.init)
    let joined = " " + words.joined(separator: " ") + " "
    return names.first { joined.contains(" " + $0.words + " ") }?.name
  }
}
