/// Pictures depend on the screen's size: after a resize, each open article asks for its
/// pictures again at the new size (the runtime's cache answers a size seen before).
extension NewsApp {
    func pictureEffects() -> [Effect] {
        stack.compactMap { $0 as? ArticleScreen }.flatMap { $0.missingPictures(shared) }.map { .drawPicture($0) }
            + stack.compactMap { $0 as? ImageScreen }.compactMap { $0.missingPicture(shared) }.map { .drawPicture($0) }
    }
}
