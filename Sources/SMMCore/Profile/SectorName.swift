/// The sector as a short name: its first clause, so a long answer ("physiotherapy clinic in
/// Leeds, just the two of us", « office de tourisme, établissement public qui… ») reads well
/// inside a bio or a community's name.
public enum SectorName {
  /// `sector` cut before its first separator (comma, semicolon, colon, parenthesis, dash) and
  /// before a relative clause (`[sector.clause]` words: "that", « qui »…).
  public static func short(_ sector: String) -> String {
    var text = Substring(sector)
    if let cut = text.firstIndex(where: { ",;:(—–".contains($0) }) { text = text[..<cut] }
    if let dash = text.firstRange(of: " - ") { text = text[..<dash.lowerBound] }
    var kept: [Substring] = []
    for word in text.split(separator: " ") {
      if !kept.isEmpty, clauseWords.contains(word.lowercased()) { break }
      kept.append(word)
    }
    let result = kept.joined(separator: " ")
    return result.isEmpty ? sector : result
  }

  private static let clauseWords = Set(InputWords.union("sector.clause"))
}
