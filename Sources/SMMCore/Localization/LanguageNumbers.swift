extension Language {
  /// `value` to one decimal place, as the language writes it: 2.5 in English, 2,5 in French.
  public func decimal(_ value: Double) -> String {
    decimalText(SpaceScoring.format(value))
  }

  /// A number already written with a `.` decimal point (`4.38`, `+0.5`) as the language writes
  /// it.
  public func decimalText(_ text: String) -> String {
    guard decimalSeparator != "." else { return text }
    return String(text.map { $0 == "." ? decimalSeparator : $0 })
  }

  /// `1048576` with the language's thousands separator: `1,048,576`, `1 048 576`.
  public func grouped(_ number: Int) -> String {
    let digits = Array(String(number))
    var out = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(thousandsSeparator) }
      out.append(digit)
    }
    return out
  }

  /// `items` as a list: `a`, `a and b`, `a, b and c` (`a, b et c` in French).
  public func list(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    guard items.count > 1 else { return last }
    return items.dropLast().joined(separator: listSeparator) + listAnd + last
  }
}

extension Language {
  /// `date` written with the language's ``dateFormat`` (`yyyy`, `MM` and `dd` replaced):
  /// `2026-12-07` in English and French today.
  public func date(_ date: CivilDate) -> String {
    func padded(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return dateFormat.replacing("yyyy", with: padded(date.year, 4))
      .replacing("MM", with: padded(date.month, 2))
      .replacing("dd", with: padded(date.day, 2))
  }
}
