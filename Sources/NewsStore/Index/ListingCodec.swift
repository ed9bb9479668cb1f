import Foundation
import NewsCore
import NewsReading

/// An ``IndexListing`` as one block of bytes, kept in the index (`listing_cache`) so that a warm
/// launch reads numbers instead of splitting and numbering every article's tags again.
///
/// Hand-written rather than `Codable`: Foundation's encoders build a value per element, and the
/// point is to read 100k articles' arrays as they lie. Integers are little-endian; a block that
/// does not decode (another version, damage) is nil and the listing is read from the rows.
enum ListingCodec {
    /// Bump when the layout below changes.
    static let version: Int32 = 2

    static func encode(_ listing: IndexListing) -> Data {
        var writer = ByteWriter()
        let list = listing.listing
        writer.int32(version)
        writer.int32(Int32(list.count))
        writer.array(listing.rowIDs)
        writer.array(listing.stamps)
        writer.array(list.dates.map { $0.instant.timeIntervalSince1970.bitPattern })
        writer.array(list.dates.map { Int32(clamping: $0.utcOffsetSeconds) })
        writer.array(zip(list.dates, list.drafts).map { UInt8(($0.isDateOnly ? 1 : 0) | ($1 ? 2 : 0)) })
        writer.array(list.bodyBlocks)
        let ids = list.ids.parts
        // Laid out as ``ByteWriter/strings(_:)`` lays out a list of strings.
        writer.array(ids.ends)
        writer.array(ids.bytes)
        for column in [list.topics, list.tags, list.outlets] { writer.column(column) }
        writer.strings(list.taxonomies)
        for column in list.terms { writer.column(column) }
        writer.array(listing.hiddenRowIDs.sorted())
        writer.strings(listing.hiddenDuplicates.map(\.path))
        writer.strings(listing.hiddenDuplicates.map(\.message))
        writer.array([Int64(listing.problemFiles), Int64(listing.problemLength)])
        return writer.data
    }

    static func decode(_ data: Data) -> IndexListing? {
        data.withUnsafeBytes { decode($0) }
    }

    static func decode(_ bytes: UnsafeRawBufferPointer) -> IndexListing? {
        decode(ByteSource(count: bytes.count) { destination, offset in
            destination.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + destination.count]))
            return true
        })
    }

    static func decode(_ source: ByteSource) -> IndexListing? {
        var reader = ByteReader(source)
        guard reader.int32() == version, let count = reader.int32().map(Int.init), count >= 0,
              let rowIDs: [Int64] = reader.array(count), let stamps: [Int64] = reader.array(count),
              let instants: [UInt64] = reader.array(count), let offsets: [Int32] = reader.array(count),
              let flags: [UInt8] = reader.array(count), let blocks: [Int32] = reader.array(count),
              let idEnds: [UInt32] = reader.array(count), let idBytes: [UInt8] = reader.array(),
              let ids = ArticleIDColumn(bytes: idBytes, ends: idEnds),
              let topics = reader.column(), let tags = reader.column(), let outlets = reader.column(),
              let taxonomies = reader.strings() else { return nil }
        var terms: [FacetColumn] = []
        for _ in taxonomies {
            guard let column = reader.column() else { return nil }
            terms.append(column)
        }
        guard let hidden: [Int64] = reader.array(),
              let paths = reader.strings(), let messages = reader.strings(), paths.count == messages.count,
              let problemCounts: [Int64] = reader.array(2), reader.isAtEnd else { return nil }
        let dates = (0..<count).map {
            ArticleDate(instant: Date(timeIntervalSince1970: Double(bitPattern: instants[$0])), utcOffsetSeconds: Int(offsets[$0]),
                        isDateOnly: flags[$0] & 1 != 0)
        }
        guard let listing = ArticleListing(ids: ids, dates: dates, drafts: flags.map { $0 & 2 != 0 },
                                           bodyBlocks: blocks, topics: topics, tags: tags, outlets: outlets,
                                           taxonomies: taxonomies, terms: terms) else { return nil }
        let problems = zip(paths, messages).map { Problem(path: $0, severity: .warning, message: $1) }
        return IndexListing(listing: listing, rowIDs: rowIDs, stamps: stamps, hiddenDuplicates: problems, hiddenRowIDs: Set(hidden),
                            problemFiles: Int(problemCounts[0]), problemLength: Int(problemCounts[1]))
    }
}

/// Appends fixed-width integers and length-prefixed lists to a byte buffer.
private struct ByteWriter {
    var data = Data()

    mutating func int32(_ value: Int32) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    /// The elements' bytes as they lie in memory (every supported platform is little-endian).
    mutating func array<Element: FixedWidthInteger>(_ values: [Element]) {
        int32(Int32(clamping: values.count))
        values.withUnsafeBytes { data.append(contentsOf: $0) }
    }

    /// Strings as one run of UTF-8 with each one's end.
    mutating func strings(_ values: [String]) {
        var bytes: [UInt8] = [], ends: [Int32] = []
        ends.reserveCapacity(values.count)
        for value in values {
            bytes.append(contentsOf: value.utf8)
            ends.append(Int32(bytes.count))
        }
        array(ends)
        array(bytes)
    }

    mutating func column(_ column: FacetColumn) {
        strings(column.names)
        let parts = column.parts
        array(parts.ends)
        array(parts.numbers)
    }
}

/// Where a stored listing's bytes are read from: a buffer, or SQLite's incremental blob I/O
/// (``IndexListing/stored(_:)``), which copies each array straight into place instead of holding
/// the whole block in memory beside the listing it becomes.
struct ByteSource {
    let count: Int
    /// Fills the buffer with the bytes from `offset` on (always within `count`); false on an error.
    let copy: (UnsafeMutableRawBufferPointer, Int) -> Bool
}

/// Reads what ``ByteWriter`` wrote; every read is nil past the end.
private struct ByteReader {
    let source: ByteSource
    var offset = 0

    init(_ source: ByteSource) {
        self.source = source
    }

    var isAtEnd: Bool { offset == source.count }

    mutating func int32() -> Int32? {
        guard let values: [Int32] = raw(1) else { return nil }
        return Int32(littleEndian: values[0])
    }

    /// A length-prefixed list whose length must be `expected` when given.
    mutating func array<Element: FixedWidthInteger>(_ expected: Int? = nil) -> [Element]? {
        guard let count = int32().map(Int.init), count >= 0, expected.map({ $0 == count }) ?? true else { return nil }
        return raw(count)
    }

    private mutating func raw<Element: FixedWidthInteger>(_ count: Int) -> [Element]? {
        let size = count * MemoryLayout<Element>.stride
        guard size >= 0, source.count - offset >= size else { return nil }
        var copied = true
        let values = [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            let destination = UnsafeMutableRawBufferPointer(buffer)
            copied = destination.isEmpty || source.copy(destination, offset)
            initialized = count
        }
        offset += size
        return copied ? values : nil
    }

    mutating func strings() -> [String]? {
        guard let ends: [Int32] = array(), let bytes: [UInt8] = array() else { return nil }
        var strings: [String] = []
        strings.reserveCapacity(ends.count)
        var start = 0
        for end in ends {
            guard Int(end) >= start, Int(end) <= bytes.count else { return nil }
            strings.append(String(decoding: bytes[start..<Int(end)], as: UTF8.self))
            start = Int(end)
        }
        return strings
    }

    mutating func column() -> FacetColumn? {
        guard let names = strings(), let ends: [Int32] = array(), let numbers: [Int32] = array() else { return nil }
        return FacetColumn(names: names, ends: ends, numbers: numbers)
    }
}
