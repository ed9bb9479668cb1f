// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "newsreader",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsreader", targets: ["newsreader"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        // Display width (glibc wcwidth) and ICU line breaking behind plain C signatures.
        .target(name: "CUnicode", linkerSettings: [.linkedLibrary("icuuc")]),
        .target(
            name: "NewsCore",
            dependencies: [
                "CUnicode",
                .product(name: "Yams", package: "Yams"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .target(name: "NewsStore", dependencies: ["NewsCore", .product(name: "GRDB", package: "GRDB.swift")]),
        // The interactive reader, pure: state, update, screens into a ScreenBuffer (no terminal).
        .target(name: "NewsUI", dependencies: ["NewsCore"]),
        // The built-in sample library; SwiftPM keeps resources inside a target's folder.
        .target(name: "SampleLibrary", path: "Resources", resources: [.copy("Library")]),
        .executableTarget(
            name: "newsreader",
            dependencies: [
                "NewsCore", "NewsStore", "SampleLibrary",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "newsreader-bench", dependencies: ["NewsCore", "NewsStore"], path: "Benchmarks/newsreader-bench"),
        .testTarget(name: "NewsCoreTests", dependencies: ["NewsCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "NewsUITests", dependencies: ["NewsUI"]),
        .testTarget(name: "NewsStoreTests", dependencies: ["NewsStore", "SampleLibrary"]),
        .testTarget(name: "CLITests", dependencies: ["newsreader"]),
    ]
)
