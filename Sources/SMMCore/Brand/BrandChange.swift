/// A change to a brand's state: the typed form of a state-changing command.
///
/// A brand's state is the fold of its changes, in the order they were recorded.
public enum BrandChange: Equatable, Sendable {
  /// The brand comes into existence with this name. Always the first change of a log.
  case create(BrandName)
  /// The brand takes a new name.
  case rename(BrandName)
  /// A field of the brand profile takes a value (`name` renames the brand).
  case setProfile(ProfileValue)
  /// The brand decides to build profiles on these platforms.
  case chooseSpaces([Platform])
  /// The brand gives up a platform it had chosen (its profile fields are kept).
  case dropSpace(Platform)
  /// A text field of the brand's profile on a platform takes a value (empty clears it).
  case setProfileText(Platform, key: String, text: String)
  /// A done / not done field of the brand's profile on a platform (avatar, banner…).
  case setProfileDone(Platform, key: String, done: Bool)
  /// A content pillar (theme) joins the editorial line.
  case addPillar(String)
  /// A content pillar leaves the editorial line.
  case removePillar(String)
  /// The tone on a platform changes.
  case setTone(Platform, String)
  /// A core message joins the editorial line, with its tag; `sponsored` when it is paid for,
  /// gifted or an ad; `media` when it is posted with an image or a video.
  case addMessage(
    String, ContentTag, sponsored: Bool = false, media: MessageMedia? = nil)
  /// A message's media becomes an image or a video (its alt text kept), or none.
  case setMedia(Int, MessageMedia.Kind?)
  /// A message's image or video gets its alt text, or a new one.
  case describeMedia(Int, String)
  /// A message's video has captions, or not.
  case captionMedia(Int, Bool)
  /// A message is marked sponsored or not; its variants are adapted again.
  case sponsorMessage(Int, Bool)
  /// A message's tag changes.
  case tagMessage(Int, ContentTag)
  /// The content-mix rule the brand holds itself to.
  case setMixRule(MixRule)
  /// A message is adapted to these platforms by the adaptation rules (replaces their variants).
  case adaptMessage(Int, [Platform])
  /// A message's variant on a platform is written by hand.
  case editVariant(Int, Platform, String)
  /// The calendar is planned over this many weeks from this date (recorded so replay is exact).
  case planCalendar(weeks: Int, start: CivilDate)
  /// A community joins the map.
  case addCommunity(String, Platform, CommunityType)
  /// A field of a community takes a value.
  case setCommunity(String, Community.Field, String)
  /// A community leaves the map.
  case removeCommunity(String)
  /// A first engagement plan is built from the community map and the brand's hours.
  case planEngagement
  /// Who does one kind of action for a community.
  case setEngagementOwner(String, EngagementKind, String)
  /// Weekly metrics are recorded (a record for the same platform and week replaces it).
  case addMetrics([MetricsRecord])
  /// A risk joins the crisis register.
  case addRisk(CrisisRisk)
  /// A risk leaves the register.
  case removeRisk(String)
  /// A holding statement for a risk on a channel is written by hand.
  case setStatement(String, Platform, String)
  /// A role of the crisis team is held by someone (with a contact).
  case setCrisisRole(CrisisRole)
  /// A crisis drill was run on a risk, from a seed, with these answers (the debrief is
  /// computed when applied, so a replay gives the same).
  case recordDrill(risk: String, seed: UInt64, answers: [String])
  /// A crisis triage was run with these answers (its assessment is computed when read).
  case recordTriage(TriageRecord)
  /// A watch was imported: its hourly summary and alerts (never every mention), laid over the
  /// hours already stored (``WatchSummary/merging(_:)``).
  case recordWatch(WatchSummary)
}
