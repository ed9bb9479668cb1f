import Foundation
import NewsImages

/// `newsreader-bench images [--runs 21] [--columns 100]`: what showing a photo costs (issue 15:
/// decode and draw a 1920×1080 JPEG at 100 columns, aim ≤ 50 ms, and its memory).
enum ImagesCommand {
    struct ImagesBenchError: Error, CustomStringConvertible {
        var description: String
    }

    static func run(runs: Int, columns: Int) throws {
        let photo = TestPattern.photo(width: 1920, height: 1080)
        guard let jpeg = JPEGEncoder.encode(photo, quality: 85) else { throw ImagesBenchError(description: "libjpeg could not encode the test photo") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsreader-bench-images-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("photo.jpg").path
        try Data(jpeg).write(to: URL(fileURLWithPath: path))
        print("newsreader-bench images: 1920×1080 JPEG (\(jpeg.count / 1024) KiB, quality 85), \(columns) columns, up to 40 rows, median of \(runs) runs")

        var table = TextTable(["output", "cells", "median ms", "min ms", "peak MiB"])
        let outputs: [(String, ImageOutput)] = [
            ("symbols true colour", .symbols(.trueColor)), ("symbols 256", .symbols(.indexed256)),
            ("kitty", .kitty), ("sixel", .sixel), ("iTerm2", .iterm),
        ]
        for (name, output) in outputs {
            let request = DrawRequest(output: output, maxColumns: columns, maxRows: 40)
            PeakMemory.resetPeak()
            // A fresh pipeline (empty cache) every run: this measures decode + draw, not the cache.
            let times = try (0..<runs).map { _ in
                let timed = Timing.measure { ImagePipeline().draw(path: path, request: request) }
                _ = try timed.result.get()
                return timed.seconds
            }
            let fit = try ImagePipeline().draw(path: path, request: request).get().fit
            table.add([name, "\(fit.columns)×\(fit.rows)", Report.fixed(Timing.median(times) * 1000, 1),
                       Report.fixed((times.min() ?? 0) * 1000, 1), PeakMemory.format(PeakMemory.peakKiB())])
        }
        PeakMemory.resetPeak()
        let fullDecode = try (0..<runs).map { _ in try Timing.measure { try ImageDecoder.decode(jpeg) }.seconds }
        table.add(["full-size decode only", "-", Report.fixed(Timing.median(fullDecode) * 1000, 1),
                   Report.fixed((fullDecode.min() ?? 0) * 1000, 1), PeakMemory.format(PeakMemory.peakKiB())])
        print("""

            Decode + draw (ImagePipeline.draw, cache empty each run): stat, read, header, JPEG decode at
              the smallest DCT scale that covers the cells (8 px a cell for symbols, 10×20 for protocols),
              libchafa drawing. Peak MiB: the process's VmHWM after the runs of that row (reset before).
            \(table.rendered)
            """)
    }
}
