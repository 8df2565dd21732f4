import SMMCore

/// The text of the balance check: what the brand gives its communities against what it asks.
enum EngageBalanceView {
  static func lines(_ state: BrandState, width: Int, _ s: Strings) -> [String] {
    let balance = EngagementBalance.check(state)
    guard let change = balance.changeNote?.render(s) else {
      return [s("engage.balanced")]
    }
    var lines = [s("engage.balance.title", ["name": state.name.value])]
    for finding in balance.findingNotes {
      lines += TextWrap.wrap(finding.render(s), width: width, firstIndent: "  - ", indent: "    ")
    }
    lines += TextWrap.wrap(s("engage.balance.change", ["change": change]), width: width)
    return lines
  }
}
