import CUnicode

extension LineBreaker {
    /// UAX #14 opportunities from ICU (one call per paragraph), moved from UTF-16 offsets to
    /// cluster positions; a mandatory break is always recorded at the end.
    func icuBreaks(_ text: LineBreakerText) -> [Break] {
        let count = text.count
        var breaks = [Break](repeating: .none, count: count + 1)
        guard count > 0 else { return breaks }
        // `origins[k]`: the UTF-16 offset in `text` of unit `k` of what ICU reads.
        var origins: [Int32]? = nil
        var units = text.utf16
        if skipsIdeographRuns && text.clusterStartsUTF16 == nil {
            (units, origins) = Self.skippingIdeographRuns(text.utf16, into: &breaks)
        }
        let length = units.count
        // ICU writes `found` entries; the rest of each array stays uninitialized.
        var found: Int32 = 0
        var mandatory: [UInt8] = []
        let offsets = [Int32](unsafeUninitializedCapacity: length) { offsets, offsetCount in
            mandatory = [UInt8](unsafeUninitializedCapacity: length) { mandatory, mandatoryCount in
                found = units.withUnsafeBufferPointer { units in
                    cu_line_breaks(units.baseAddress, Int32(length), strictness.rawValue,
                                   offsets.baseAddress, mandatory.baseAddress, Int32(length))
                }
                mandatoryCount = max(0, Int(found))
            }
            offsetCount = max(0, Int(found))
        }
        if found < 0 {
            fallbackBreaks(text, into: &breaks)
        } else if let origins {
            // Fast path: cluster i is UTF-16 unit i of the text, `origins` maps what ICU read back.
            origins.withUnsafeBufferPointer { origins in
                breaks.withUnsafeMutableBufferPointer { breaks in
                    for index in 0..<Int(found) {
                        let unit = Int(offsets[index])
                        let position = unit < length ? Int(origins[unit]) : count
                        breaks[position] = mandatory[index] != 0 ? .mandatory : .allowed
                    }
                }
            }
        } else {
            var cluster = 0
            for index in 0..<Int(found) {
                // ICU never breaks inside a cluster in practice; if it did, we ignore that break.
                guard let position = text.cluster(startingAtUTF16: Int(offsets[index]), from: cluster) else { continue }
                breaks[position] = mandatory[index] != 0 ? .mandatory : .allowed
                cluster = position
            }
        }
        breaks[count] = .mandatory
        return breaks
    }

    /// The text ICU needs to see, with every run of three or more CJK ideographs shortened to
    /// its first and last, and the run's inner positions marked as opportunities directly.
    ///
    /// Exact, not a heuristic: ideographs are all line break class ID, UAX #14 allows a break
    /// between two IDs (LB31, no earlier rule applies to ID × ID), and no rule looks past an ID
    /// neighbour, so the positions at a run's edges see the same classes either way. ICU's cost
    /// is per unit read, and Chinese prose is mostly such runs.
    static func skippingIdeographRuns(_ units: [UInt16], into breaks: inout [Break]) -> ([UInt16], [Int32]) {
        let count = units.count
        var keptCount = 0
        var origins: [Int32] = []
        let kept = [UInt16](unsafeUninitializedCapacity: count) { kept, initializedKept in
            origins = [Int32](unsafeUninitializedCapacity: count) { origins, initializedOrigins in
                func keep(_ unit: UInt16, from index: Int) {
                    kept.initializeElement(at: keptCount, to: unit)
                    origins.initializeElement(at: keptCount, to: Int32(truncatingIfNeeded: index))
                    keptCount += 1
                }
                units.withUnsafeBufferPointer { units in
                    breaks.withUnsafeMutableBufferPointer { breaks in
                        var index = 0
                        while index < count {
                            guard isIdeograph(units[index]) else {
                                keep(units[index], from: index)
                                index += 1
                                continue
                            }
                            var end = index + 1
                            while end < count && isIdeograph(units[end]) { end += 1 }
                            if end - index >= 3 {
                                keep(units[index], from: index)
                                keep(units[end - 1], from: end - 1)
                                for position in (index + 1)..<end { breaks[position] = .allowed }
                            } else {
                                for position in index..<end { keep(units[position], from: position) }
                            }
                            index = end
                        }
                    }
                }
                initializedOrigins = keptCount
            }
            initializedKept = keptCount
        }
        return (kept, origins)
    }

    /// CJK Unified Ideographs and Extension A: every one of them is line break class ID.
    private static func isIdeograph(_ unit: UInt16) -> Bool {
        unit &- 0x4E00 <= 0x9FFF - 0x4E00 || unit &- 0x3400 <= 0x4DBF - 0x3400
    }

    /// Without ICU data (never seen, but not worth a crash): break after spaces and line
    /// terminators and around wide characters.
    private func fallbackBreaks(_ text: LineBreakerText, into breaks: inout [Break]) {
        for position in 1..<text.count {
            let before = position - 1
            if text.classes[before].contains(.vanishing) {
                let isSpace = text.utf8[Int(text.clusterStarts[before])] == 0x20
                breaks[position] = isSpace ? .allowed : .mandatory
            } else if text.widths[before] == 2 || text.widths[position] == 2 {
                breaks[position] = .allowed
            }
        }
    }
}
