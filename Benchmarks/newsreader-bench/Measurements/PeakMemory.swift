import Foundation

/// The process's peak resident set size, as Linux reports it in `/proc/self/status`.
enum PeakMemory {
    /// `VmHWM` ("high water mark" of resident memory) in kibibytes, or nil when unavailable.
    static func peakKiB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            // `VmHWM:\t    1960 kB`: a tab, padding spaces, the number, the unit.
            return line.dropFirst("VmHWM:".count).split(whereSeparator: \.isWhitespace).first.flatMap { Int($0) }
        }
        return nil
    }

    /// Resets `VmHWM` to the current resident size, so the next reading covers only what follows.
    ///
    /// Writing `5` to `/proc/self/clear_refs` does this since Linux 4.0 (proc(5)). Returns false
    /// when the kernel refuses; then readings are peaks since the process started.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }

    /// Kibibytes as mebibytes with one decimal.
    static func format(_ kib: Int?) -> String {
        guard let kib else { return "n/a" }
        return String(format: "%.1f", Double(kib) / 1024)
    }
}
