// swift-tools-version:6.0
// libFuzzer targets for NewsCore (issue #6, item 6). A package of its own so the root package's
// `swift build` and `swift test` never build them: they only link with `-sanitize=fuzzer`.
// Build and run through `run.sh` (see README.md).
import Foundation
import PackageDescription

let package = Package(
    name: "newsreader-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        // Hands each target's one-input function to libFuzzer's driver.
        .target(name: "FuzzDriver", dependencies: [newsCore]),
        .executableTarget(name: "fuzz-frontmatter", dependencies: ["FuzzDriver", newsCore]),
        .executableTarget(name: "fuzz-markdown", dependencies: ["FuzzDriver", newsCore]),
        .executableTarget(name: "fuzz-citations", dependencies: ["FuzzDriver", newsCore]),
        .executableTarget(name: "fuzz-layout", dependencies: ["FuzzDriver", newsCore]),
        .executableTarget(name: "fuzz-html", dependencies: ["FuzzDriver", newsCore]),
        .executableTarget(name: "fuzz-shortcodes", dependencies: ["FuzzDriver", newsCore]),
    ]
)

/// SwiftPM names a path dependency by its folder (`newsreader`, or a worktree's own name), so
/// the root package's identity is read from where this manifest sits rather than written here.
var newsCore: Target.Dependency {
    let root = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent()
    return .product(name: "NewsCore", package: root.lastPathComponent.lowercased())
}
