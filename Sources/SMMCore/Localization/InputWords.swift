/// The words smm reads in one language (yes and no, intent cues, answer values…), by list name,
/// compiled from `po/words/CODE.words` by `scripts/gen-strings` into `Generated/Words+CODE.swift`.
///
/// A list's name may end in the value its words give (`intent.next.4`, `answer.goals.sales`,
/// `answer.number.2`): the reader takes every list under a prefix with ``groups(prefixed:of:)``.
package struct InputWords: Sendable {
  /// The language code of the file.
  package let code: String
  /// Every list of the file, in file order, its words in file order.
  package let lists: [(name: String, words: [String])]

  /// The words of a language, its lists in file order.
  package init(code: String, lists: [(name: String, words: [String])]) {
    self.code = code
    self.lists = lists
  }

  /// The words of `list` in this language (empty when the file lacks the list).
  package func words(_ list: String) -> [String] {
    lists.first { $0.name == list }?.words ?? []
  }

  /// The words of every language the shell speaks.
  package static var shipped: [InputWords] { Language.allCases.map(\.words) }

  /// The words of `list` in every language of `books`, English first, each word once: people
  /// answer in either language whatever the session speaks.
  package static func union(_ list: String, of books: [InputWords] = shipped) -> [String] {
    var seen = Set<String>()
    return books.flatMap { $0.words(list) }.filter { seen.insert($0).inserted }
  }

  /// Every list whose name starts with `prefix`, as the rest of its name and the union of its
  /// words, in the order the lists first appear (English file first).
  package static func groups(prefixed prefix: String, of books: [InputWords] = shipped)
    -> [(suffix: String, words: [String])]
  {
    var names: [String] = []
    for book in books {
      for list in book.lists where list.name.hasPrefix(prefix) && !names.contains(list.name) {
        names.append(list.name)
      }
    }
    return names.map { (String($0.dropFirst(prefix.count)), union($0, of: books)) }
  }
}
