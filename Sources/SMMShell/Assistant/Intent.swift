import SMMCore

/// What a free-text line asks for: one per canonical command (or command with an action) the
/// assistant can propose. `docs/assistant.md` lists each with example phrasings.
package enum Intent: String, CaseIterable, Sendable {
  /// The most useful next action: `/next`.
  case next
  /// Explain the last recommendation: `/why`.
  case why
  /// The brand and the four steps: `/status`.
  case status
  /// The list of commands: `/help`.
  case help
  /// Create a brand: `/new NAME`.
  case newBrand
  /// Open a brand of the workspace: `/use NAME`.
  case openBrand
  /// List the workspace's brands: `/brands`.
  case listBrands
  /// The brand questionnaire: `/interview`.
  case interview
  /// The brand profile: `/brand`.
  case brandProfile
  /// The platform catalog, or one platform: `/platforms [P]`.
  case platforms
  /// The chosen spaces: `/spaces`.
  case spaces
  /// Rank the platforms for the brand: `/spaces recommend`.
  case spacesRecommend
  /// Explain one platform's score: `/spaces why P`.
  case spacesWhy
  /// Choose platforms: `/spaces choose P…`.
  case spacesChoose
  /// Drop a chosen platform (confirmed only): `/spaces drop P`.
  case spacesDrop
  /// Check all profiles together: `/profile check`.
  case profileCheck
  /// One platform's profile: `/profile P`.
  case profile
  /// The editorial line: `/content`.
  case content
  /// Adapt a core message: `/content adapt ID [P…]`.
  case contentAdapt
  /// Check every variant against its platform's limits: `/content check`.
  case contentCheck
  /// Show the calendar: `/calendar`.
  case calendar
  /// Plan the calendar: `/calendar plan WEEKS`.
  case calendarPlan
  /// The community map: `/community`.
  case community
  /// The engagement plan: `/engage plan`.
  case engagePlan
  /// The engagement balance: `/engage balance`.
  case engageBalance
  /// Response-time targets: `/reply targets`.
  case replyTargets
  /// Triage of a negative post: `/reply triage [--kind K]`.
  case replyTriage
  /// Metrics and engagement rates: `/metrics`.
  case metrics
  /// The risk register: `/crisis risks`.
  case crisisRisks
  /// SCCT triage of a crisis: `/crisis triage [--type T] [--veracity V]`.
  case crisisTriage
  /// A risk's playbook: `/crisis playbook NAME`.
  case crisisPlaybook
  /// A crisis drill: `/crisis drill NAME`.
  case crisisDrill
  /// The crisis team: `/crisis team`.
  case crisisTeam
  /// Remove a risk (confirmed only): `/crisis risk remove NAME`.
  case crisisRiskRemove
  /// Take back the last change: `/undo`.
  case undo
  /// Bring back what /undo took back: `/redo`.
  case redo
  /// The brand's log: `/history`.
  case history
  /// Write the plan, the calendar or the script: `/export html|md|json|ics|csv|script`.
  case export
  /// Delete a brand (confirmed only): `/delete NAME`.
  case deleteBrand
  /// Leave smm: `/quit`.
  case quit
  /// The shell's language: `/lang en|fr`.
  case language
  /// Hints on or off: `/hints on|off`.
  case hints
  /// Add a core message: `/content message add TEXT`.
  case contentMessageAdd
  /// Add a content pillar: `/content pillars add THEME`.
  case contentPillarAdd
  /// Add a community: `/community add NAME [--platform P]`.
  case communityAdd
  /// Add a crisis risk: `/crisis risk add NAME`.
  case crisisRiskAdd
  /// Record a week's metrics: `/metrics add P --followers N …`.
  case metricsAdd
  /// Set a profile field: `/profile P set FIELD TEXT`.
  case profileSet
  /// Count a text for a platform: `/count P TEXT`.
  case count
  /// Rename the brand: `/rename NAME`.
  case rename
  /// Save the session as a script: `/save FILE`.
  case save
  /// Change a profile fact: `/brand set FIELD VALUE`.
  case brandSet
  /// The content pillars: `/content pillars`.
  case contentPillars
  /// The core messages: `/content messages`.
  case contentMessages
  /// The content mix (how much of it promotes): `/content mix`.
  case contentMix
  /// The tone of each platform: `/content tone`.
  case contentTone
  /// Import a week's metrics from a file: `/metrics import FILE.csv`.
  case metricsImport
  /// Give a crisis role to someone: `/crisis team ROLE NAME CONTACT`.
  case crisisTeamSet
  /// Tag a core message: `/content message tag ID T`.
  case contentMessageTag
  /// What the brand gives a community, or gets from it: `/community set NAME FIELD TEXT`.
  case communitySet
  /// A holding statement for a risk on a platform: `/crisis statement RISK P TEXT`.
  case crisisStatement
  /// `/community remove NAME`, confirmed (a frame: a removing word and a community's name).
  case communityRemove
  /// `/content pillars remove THEME` (a frame: a removing word and one of the brand's pillars).
  case contentPillarRemove
  /// Set the tone on a platform: `/content tone PLATFORM TONE`.
  case contentToneSet
  /// Write a message's variant on a platform by hand: `/content edit ID PLATFORM TEXT`.
  case contentEdit
  /// Who carries one kind of action for a community: `/engage owner COMMUNITY KIND NAME`.
  case engageOwner

  /// Whether the intent is destructive or irreversible: never run from free text, only shown.
  package var needsConfirmation: Bool {
    switch self {
    case .deleteBrand, .spacesDrop, .crisisRiskRemove, .communityRemove: return true
    default: return false
    }
  }
}
