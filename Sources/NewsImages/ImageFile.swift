import Foundation

/// An image file on disk, identified for caching by path, size and modification time.
public struct ImageFile: Hashable, Sendable {
    public let path: String
    public let size: Int
    public let modified: Date

    /// Looks the file up without reading it.
    public static func stat(_ path: String) throws(ImageFailure) -> ImageFile {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw FileManager.default.fileExists(atPath: path) ? .unreadable(error.localizedDescription) : .missing
        }
        guard (attributes[.type] as? FileAttributeType) != .typeDirectory else { throw .unreadable("it is a folder") }
        return ImageFile(path: path, size: (attributes[.size] as? NSNumber)?.intValue ?? 0,
                         modified: attributes[.modificationDate] as? Date ?? .distantPast)
    }

    /// The file's bytes, refused before reading when larger than `limits.maxFileBytes`.
    public func read(limits: ImageLimits = .standard) throws(ImageFailure) -> [UInt8] {
        guard size > 0 else { throw .empty }
        guard size <= limits.maxFileBytes else { throw .fileTooLarge(bytes: size, limit: limits.maxFileBytes) }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe))
        } catch {
            throw .unreadable(error.localizedDescription)
        }
    }
}
