extension FrenchCatalog {
  /// Le catalogue français, section par section.
  static let sections: [(area: String, entries: KeyValuePairs<String, String>)] = [
    ("guide", guide),
    ("shell", shell),
    ("export", export),
    ("help", help),
    ("errors", errors),
    ("domainErrors", domainErrors),
    ("usage", usage),
    ("session", session),
    ("brands", brands),
    ("spaces", spaces),
    ("reasons", reasons),
    ("content", content),
    ("contentNotes", contentNotes),
    ("communities", communities),
    ("communityNotes", communityNotes),
    ("crisis", crisis),
    ("crisisDomain", crisisDomain),
    ("commandTree", commandTree),
    ("platformFiles", platformFiles),
  ]
}
