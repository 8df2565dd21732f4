/// A first bio for a platform, written from the brand profile and cut to the platform's limit.
public enum BioSuggestion {
  /// The suggested bio for `platform`, within its bio limit (nil when the platform has no bio).
  public static func suggest(for state: BrandState, on platform: Platform) -> String? {
    guard
      let rule = PlatformCatalog.entry(platform).profileFields.first(where: { $0.key == "bio" }),
      case .text(let limit, let unit) = rule.kind
    else { return nil }
    let profile = state.profile
    let french = writesInFrench(profile)
    var first = state.name.value
    let kind = SectorKind.of(profile.sector)
    if let sector = profile.sector { first += " — \(SectorName.short(sector))" }
    // A tourist office speaks to visitors from elsewhere: "near you" would be wrong.
    switch kind == .tourism ? nil : profile.reach {
    case .local?: first += french ? ", près de chez vous" : ", near you"
    case .national?: first += french ? ", dans tout le pays" : ", nationwide"
    case .international?: first += french ? ", dans le monde entier" : ", worldwide"
    case nil: break
    }
    var parts = [first + "."]
    if var goal = profile.goals.first {
      // A listing of a place (it has opening hours: Google's) is visited, not followed.
      if goal == .awareness, PlatformCatalog.entry(platform).isPlaceListing { goal = .visits }
      parts.append(
        sectorPhrase(for: goal, kind: kind, french: french)
          ?? (french ? frenchPhrase(for: goal, on: platform) : phrase(for: goal, on: platform)))
    }
    var bio = parts.joined(separator: " ")
    if let limit {
      while TextLength.count(bio, in: unit) > limit, parts.count > 1 {
        parts.removeLast()
        bio = parts.joined(separator: " ")
      }
      if TextLength.count(bio, in: unit) > limit {
        bio = cut(bio, to: limit, unit: unit)
      }
    }
    return bio
  }

  static func phrase(for goal: Goal, on platform: Platform) -> String {
    switch goal {
    case .awareness: return "Follow us for what we make and why."
    case .traffic:
      return linksInBio(platform) ? "Link in bio." : "More on our site."
    case .leads: return "Ask us for a quote."
    case .sales: return "Order or visit us."
    case .visits: return "Come and see us."
    case .bookings: return "Book with us."
    case .recruitment: return "We are hiring."
    case .customerCare: return "Questions? Message us, we answer."
    case .community: return "Join the conversation."
    case .reputation: return "Our work, our word."
    }
  }

  /// The call to action a kind of business uses for `goal`, where the shop's words would be
  /// wrong ("Order or visit us" is not how a clinic or a software vendor asks).
  static func sectorPhrase(for goal: Goal, kind: SectorKind?, french: Bool) -> String? {
    switch (kind, goal) {
    case (.health?, .sales), (.health?, .leads), (.health?, .visits), (.health?, .bookings):
      return french ? "Prenez rendez-vous." : "Book an appointment."
    case (.legal?, .sales), (.legal?, .leads), (.legal?, .bookings):
      return french ? "Prenez rendez-vous pour un premier échange." : "Book a first consultation."
    case (.tourism?, .sales), (.tourism?, .visits), (.tourism?, .bookings):
      return french ? "Préparez votre séjour." : "Plan your stay."
    case (.software?, .sales), (.software?, .leads):
      return french ? "Demandez une démo." : "Book a demo."
    case (.fitness?, .sales), (.fitness?, .bookings):
      return french ? "Réservez votre premier cours." : "Book your first class."
    case (.food?, .bookings):
      return french ? "Réservez votre table." : "Book a table."
    case (.fashion?, .sales):
      return french ? "Découvrez la collection." : "Shop the collection."
    default: return nil
    }
  }

  /// Whether links in a post's text stay plain there, so people say "link in bio".
  static func linksInBio(_ platform: Platform) -> Bool {
    PlatformCatalog.entry(platform).post.links.value == .notClickable
  }

  /// Whether the brand speaks to its audience in French first: its first language is French.
  static func writesInFrench(_ profile: BrandProfile) -> Bool {
    profile.publishingLanguage == .fr
  }

  static func frenchPhrase(for goal: Goal, on platform: Platform) -> String {
    switch goal {
    case .awareness: return "Suivez-nous : ce que nous faisons, et pourquoi."
    case .traffic:
      return linksInBio(platform) ? "Lien en bio." : "Plus sur notre site."
    case .leads: return "Demandez-nous un devis."
    case .sales: return "Commandez ou passez nous voir."
    case .visits: return "Venez nous voir."
    case .bookings: return "Réservez chez nous."
    case .recruitment: return "Nous recrutons."
    case .customerCare: return "Une question ? Écrivez-nous, nous répondons."
    case .community: return "Rejoignez la conversation."
    case .reputation: return "Notre travail, notre parole."
    }
  }

  /// Cuts at a word boundary, never inside a character, and adds an ellipsis.
  static func cut(_ text: String, to limit: Int, unit: CountingUnit) -> String {
    var result = ""
    for word in text.split(separator: " ") {
      let candidate = result.isEmpty ? String(word) : result + " " + word
      if TextLength.count(candidate + "…", in: unit) > limit { break }
      result = candidate
    }
    if result.isEmpty {
      for character in text {
        if TextLength.count(result + String(character) + "…", in: unit) > limit { break }
        result.append(character)
      }
    }
    return result + "…"
  }
}
