import SMMCore

/// The examples shown when a line matches nothing: what the line could ask for in the brand's
/// current step, written with the brand's own platforms, messages and risks, never with
/// another business's (no bread for a clinic).
///
/// Always "what now?"; then, by step: create a brand (no brand open), choose the networks (no
/// space chosen), add a core message (none yet) or adapt one of the brand's own messages for
/// one of its own platforms; then add a risk (none yet) or rehearse one of the brand's risks.
package enum IntentExamples {
  /// The string keys of the examples for `context`, with their values, in the order shown.
  package static func examples(for context: IntentContext) -> [(
    key: String, values: KeyValuePairs<String, String>
  )] {
    var examples: [(key: String, values: KeyValuePairs<String, String>)] = [
      ("assistant.example.next", [:])
    ]
    guard context.hasBrand else {
      examples.append(("assistant.example.newBrand", [:]))
      return examples
    }
    if context.platforms.isEmpty {
      examples.append(("assistant.example.spaces", [:]))
    } else if let id = context.messageIDs.first {
      examples.append(
        (
          "assistant.example.adaptOwn",
          ["message": String(id), "platform": context.platforms[0].displayName]
        ))
    } else {
      examples.append(("assistant.example.message", [:]))
    }
    if let risk = context.riskNames.first {
      examples.append(("assistant.example.drill", ["risk": risk]))
    } else {
      examples.append(("assistant.example.risk", [:]))
    }
    return examples
  }
}
