extension Phrase {
  /// `date` in words, in the reader's language: "Monday 1 March 2027", « lundi 1er mars 2027 ».
  public static func longDate(_ date: CivilDate) -> Phrase {
    Phrase(
      "export.date.long",
      [
        "weekday": .phrase(Phrase("export.weekday.\(date.weekday)")),
        "day": date.day == 1 ? .phrase(Phrase("export.date.firstDay")) : .text(String(date.day)),
        "month": .phrase(Phrase("export.month.\(date.month)")),
        "year": .text(String(date.year)),
      ])
  }
}
