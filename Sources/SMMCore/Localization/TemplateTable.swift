/// A catalog's entries, sorted by key and found by binary search.
///
/// The generated catalogs used to be dictionary literals: hashing their 1,872 keys into a
/// dictionary cost about 1.4 million instructions at every start, a tenth of it (issue 16). A
/// sorted array is built without hashing, and a lookup takes about eleven comparisons.
struct TemplateTable: Sendable {
  private let keys: [String]
  private let templates: [Template]

  /// The entries: `keys` in increasing order (`scripts/gen-strings` sorts them; a test checks
  /// it), and `templates[i]` the template of `keys[i]`.
  init(keys: [String], templates: [Template]) {
    precondition(keys.count == templates.count, "one template per key")
    self.keys = keys
    self.templates = templates
  }

  /// The template of `key`, or nil.
  subscript(key: String) -> Template? {
    var low = 0
    var high = keys.count
    while low < high {
      let middle = (low + high) / 2
      if keys[middle] < key { low = middle + 1 } else { high = middle }
    }
    return low < keys.count && keys[low] == key ? templates[low] : nil
  }

  /// How many entries there are.
  var count: Int { keys.count }

  /// Whether every key is greater than the one before it (what the binary search needs).
  var isSorted: Bool { zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 } }

  /// Every entry, by key.
  var dictionary: [String: Template] {
    Dictionary(uniqueKeysWithValues: zip(keys, templates))
  }
}
