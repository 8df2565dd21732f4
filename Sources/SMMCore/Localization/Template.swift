/// One catalog entry in one language: a text, or one text per plural form of the language
/// with the name of the placeholder whose number picks the form (a gettext plural entry).
struct Template: Sendable {
  /// The placeholder whose number picks the form, for a plural entry.
  let count: String?
  /// The text, or the texts in the order of the language's plural forms.
  let forms: [String]

  /// A text with no plural forms.
  init(_ text: String) {
    self.count = nil
    self.forms = [text]
  }

  /// A plural entry: `forms` in the language's order, picked by the number in `count`.
  init(count: String, _ forms: [String]) {
    self.count = count
    self.forms = forms
  }
}
