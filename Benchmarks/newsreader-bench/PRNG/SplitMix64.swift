/// A small, fully deterministic pseudo-random generator: SplitMix64.
///
/// The algorithm is the one published by Steele, Lea and Flood ("Fast Splittable Pseudorandom Number
/// Generators", OOPSLA 2014). It deliberately does not conform to `RandomNumberGenerator`: the standard
/// library's `random(in:using:)` algorithms are not promised to stay the same across Swift releases, and
/// `generate` must write byte-identical files for the same seed, so every derived draw is written here.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A generator for one independent stream (an article, a malformed file) derived from a base seed,
    /// so that article *n* is the same whatever the total count.
    init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (`bound` > 0), by taking the high word of a 64×64-bit product.
    ///
    /// The bias of skipping the rejection step is below 2⁻⁵⁰ for the bounds used here, and the
    /// result stays a pure function of the state.
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(UInt64(bound).multipliedFullWidth(by: next()).high)
    }

    /// A number in `range`, both ends included.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// `true` with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        // 53 random bits give every representable Double step in [0, 1).
        Double(next() >> 11) * 0x1p-53 < probability
    }

    /// One element of a non-empty array.
    mutating func element<Element>(of elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// `count` distinct elements of `elements` in random order (a partial Fisher–Yates shuffle).
    mutating func distinctElements<Element>(_ count: Int, of elements: [Element]) -> [Element] {
        var pool = elements
        let wanted = min(count, pool.count)
        for index in 0..<wanted {
            pool.swapAt(index, index + below(pool.count - index))
        }
        return Array(pool.prefix(wanted))
    }

    /// Random bytes, e.g. for junk files and fake images.
    mutating func bytes(_ count: Int) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(count + 8)
        while result.count < count {
            var word = next()
            for _ in 0..<8 {
                result.append(UInt8(truncatingIfNeeded: word))
                word >>= 8
            }
        }
        return Array(result.prefix(count))
    }
}
