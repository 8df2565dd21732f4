extension NegativePost {
  /// Reads a negative post quoted or described in plain words ("a furious tourist: the shuttle
  /// never came", « quelqu'un poste des insultes juste pour provoquer »), in any language the
  /// shell reads, after the US Air Force "Web Posting Response Assessment": the **intent**
  /// decides, not the tone.
  ///
  /// In order, the first that applies:
  /// 1. a troll: named, or an intent to provoke or to bash (`[reply.read.troll]`: "just to
  ///    provoke", "under every post", « faux compte »);
  /// 2. misguided: the author is wrong about the facts (`[reply.read.misguided]`: "thinks
  ///    that", « croit que »);
  /// 3. an unhappy customer: a real bad experience, however angry — a complaint said as such
  ///    (`[reply.read.unhappy]`), something that went wrong for them (`[reply.read.experience]`:
  ///    "never came", "waited", « annulé »), or a customer (`[reply.read.customer]`) in anger
  ///    (`[reply.read.anger]`);
  /// 4. a rager: a rant, a joke or satire with no experience behind it (`[reply.read.rager]`),
  ///    or anger alone.
  ///
  /// Nil when the words say none of these.
  public static func read(_ text: String) -> NegativePost? {
    let words = CueWords(text)
    func says(_ list: String) -> Bool { words.says(any: InputWords.union("reply.read." + list)) }
    if says("troll") { return .troll }
    if says("misguided") { return .misguided }
    let anger = says("anger")
    if says("unhappy") || says("experience") || (anger && says("customer")) { return .unhappy }
    if says("rager") || anger { return .rager }
    return nil
  }
}
