extension BrandState {
  /// Applies a change of a message's image or video: its kind, its alt text, its captions.
  mutating func applyMedia(_ change: BrandChange) throws(SMMCoreError) {
    switch change {
    case .setMedia(let id, let kind):
      let index = try messageIndex(id)
      if let kind {
        var media = content.messages[index].media ?? MessageMedia(kind: kind)
        media.kind = kind
        content.messages[index].media = media
      } else {
        content.messages[index].media = nil
      }
    case .describeMedia(let id, let raw):
      // An alt text for a message without media says it goes with an image.
      let index = try messageIndex(id)
      var media = content.messages[index].media ?? MessageMedia(kind: .image)
      media.alt = try MessageMedia.validateAlt(raw)
      content.messages[index].media = media
    case .captionMedia(let id, let captions):
      // Captions for a message without media say it goes with a video; an image has none.
      let index = try messageIndex(id)
      var media = content.messages[index].media ?? MessageMedia(kind: .video)
      guard media.kind == .video else {
        throw SMMCoreError.invalidMessage(Phrase("error.media.noVideo", ["id": .number(id)]))
      }
      media.captions = captions
      content.messages[index].media = media
    default:
      break
    }
  }

  private func messageIndex(_ id: Int) throws(SMMCoreError) -> Int {
    guard let index = content.messages.firstIndex(where: { $0.id == id }) else {
      throw Self.noMessage(id, content)
    }
    return index
  }
}
