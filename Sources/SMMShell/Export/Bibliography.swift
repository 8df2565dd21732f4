import SMMCore

/// The client document's bibliography: each citation smm keeps for itself (a platform
/// file's source, the method's references) becomes a published work — publisher, title, year,
/// address — or, where no published work stands behind it, "our assessment", said once.
package enum Bibliography {
  /// The Sprout Social Index of 2016 (response times), cited by the reply targets.
  static let sprout2016 =
    "Sprout Social Index 2016: customers wait about 4 h, brands take about 10 h"
  /// The decision tree behind the triage of negative posts (troll, rager, misguided, unhappy).
  static let webPostingAssessment =
    "US Air Force Public Affairs Agency, Web Posting Response Assessment v2"
  /// smm's own rule, cited as our assessment.
  static let assessment = "smm's own rule of thumb"

  /// The works behind the citations that are not in a platform file.
  package static let method: [String: Reference] = [
    sprout2016: Reference(publisher: "Sprout Social", title: "Sprout Social Index", year: "2016"),
    webPostingAssessment: Reference(
      publisher: "United States Air Force Public Affairs Agency",
      title: "Web Posting Response Assessment (version 2)", year: "2008"),
    Guidance.scctSource: Reference(
      publisher: "W. Timothy Coombs, Corporate Reputation Review 10(3)",
      title:
        "Protecting Organization Reputations During a Crisis: The Development and Application of Situational Crisis Communication Theory",
      year: "2007", url: "https://doi.org/10.1057/palgrave.crr.1550049"),
    Guidance.communitySource: Reference(
      publisher: "Richard Millington, FeverBee",
      title: "[the five kinds of community: interest, action, place, practice, circumstance]",
      frenchTitle:
        "[les cinq sortes de communautés : intérêt, action, lieu, pratique, circonstance]",
      year: "2010"),
    MixRule.thirds.source: Reference(
      publisher: "Hootsuite", title: "[the social media rule of thirds]",
      frenchTitle: "[la règle des tiers sur les réseaux sociaux]",
      url: "https://blog.hootsuite.com/social-media-rule-of-thirds/"),
  ]

  /// Every platform source by its citation, from the built-in catalog.
  package static let platforms: [String: Source] = {
    var found: [String: Source] = [:]
    func walk(_ value: Any) {
      if let source = value as? Source {
        found[source.citation] = found[source.citation] ?? source
        return
      }
      for child in Mirror(reflecting: value).children { walk(child.value) }
    }
    for platform in Platform.allCases { walk(PlatformCatalog.entry(platform)) }
    return found
  }()

  /// The published work behind `citation`, nil when there is none (our assessment).
  package static func reference(for citation: String) -> Reference? {
    if let reference = method[citation] { return reference }
    if let rule = DisclosureRule.all.first(where: { $0.source.citation == citation }) {
      return rule.source.reference
    }
    // Accessibility, privacy and contest rules (issue 15 §6).
    let guidance =
      MediaAccessibility.sources + [HashtagCase.source, PrivacyRules.optInSource]
      + ContestRule.all.map(\.source) + [ContestRule.meta]
    if let source = guidance.first(where: { $0.citation == citation }) {
      return source.reference
    }
    return platforms[citation]?.reference
  }

  /// The bibliography entry of `citation` in `strings`' language: "Pew Research Center,
  /// “Americans' Social Media Use 2025”, 2025, https://…", or the one "our assessment" entry.
  package static func entry(for citation: String, _ strings: Strings) -> String {
    guard let reference = reference(for: citation) else { return strings("export.ourAssessment") }
    return entry(reference, strings)
  }

  /// `reference` as one entry.
  package static func entry(_ reference: Reference, _ strings: Strings) -> String {
    var parts = [
      strings(
        "export.reference.work",
        ["publisher": reference.publisher, "title": reference.title(in: strings.language)])
    ]
    if let year = reference.year { parts.append(year) }
    if let url = reference.url { parts.append(url) }
    return parts.joined(separator: ", ")
  }
}
