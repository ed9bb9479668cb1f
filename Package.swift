// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "newsreader",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsreader", targets: ["newsreader"]),
        // For the fuzz package in Fuzz/, which depends on this one by path.
        .library(name: "NewsCore", targets: ["NewsCore"]),
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
        // OpenCC (Simplified/Traditional) and ICU's Han-Latin transliterator behind plain C signatures.
        .target(
            name: "CChineseScript",
            linkerSettings: [.linkedLibrary("opencc"), .linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
        ),
        // Script-blind and pinyin matching of Chinese text (issue #17).
        .target(name: "ChineseText", dependencies: ["CChineseScript"]),
        .target(
            name: "NewsCore",
            dependencies: [
                "CUnicode",
                .product(name: "Yams", package: "Yams"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .target(
            name: "NewsStore",
            dependencies: [
                "NewsCore", "NewsReading", "ChineseText",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // What the reader offers beyond the text: outline, reading time, related articles, outlets,
        // the measure (issue #17). Pure, over NewsCore's model.
        .target(name: "NewsReading", dependencies: ["NewsCore", "ChineseText"]),
        // The interactive reader, pure: state, update, screens into a ScreenBuffer (no terminal).
        .target(name: "NewsUI", dependencies: ["NewsCore", "NewsReading", "ChineseText"]),
        // ncursesw: `link "ncursesw"` in the module map (pkgConfig makes SwiftPM warn, DESIGN.md).
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // What any terminal output needs, without curses: the backend protocol the runtime draws
        // through, the frame diff, and the theme (roles → attributes and colours).
        .target(name: "TerminalSeam", dependencies: ["NewsUI", "NewsCore"]),
        // The only code that imports curses: draws ScreenBuffers, decodes keys.
        .target(name: "CursesBackend", dependencies: ["CNcursesw", "TerminalSeam", "NewsUI", "NewsCore"]),
        // libchafa (with glib's include folders from pkg-config) for CImageCodecs's C files.
        .systemLibrary(name: "CChafa", path: "Sources/CChafa", pkgConfig: "chafa"),
        // Image decoders (libpng, libjpeg-turbo, giflib, libwebp) and chafa drawing behind plain C.
        .target(name: "CImageCodecs", dependencies: ["CChafa"],
                linkerSettings: [.linkedLibrary("png16"), .linkedLibrary("jpeg"), .linkedLibrary("gif"), .linkedLibrary("webp")]),
        // Pictures in the terminal: format sniffing, safe decoding, fitting, drawing, mode choice (issue 15).
        .target(name: "NewsImages", dependencies: ["CImageCodecs", "NewsCore"]),
        // The built-in sample library; SwiftPM keeps resources inside a target's folder.
        .target(name: "SampleLibrary", path: "Resources", resources: [.copy("Library")]),
        // The reader at run time, without curses: the loop, the effect performer, the library
        // adapter, URL opening, signals and crash handling, and the configuration file (issue #7).
        .target(
            name: "NewsRuntime",
            dependencies: [
                "NewsCore", "NewsStore", "NewsUI", "TerminalSeam", "SampleLibrary", "NewsImages", "NewsReading",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // Argument parsing and wiring: the commands, and the curses terminal handed to the runtime.
        .executableTarget(
            name: "newsreader",
            dependencies: [
                "NewsCore", "NewsStore", "NewsUI", "NewsRuntime", "TerminalSeam", "CursesBackend", "SampleLibrary", "NewsImages",
                "NewsReading", "ChineseText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "newsreader-bench", dependencies: ["NewsCore", "NewsStore", "NewsUI", "NewsRuntime", "TerminalSeam", "NewsImages", "ChineseText"],
                          path: "Benchmarks/newsreader-bench"),
        .testTarget(name: "NewsCoreTests", dependencies: ["NewsCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "NewsUITests", dependencies: ["NewsUI", "NewsReading"]),
        .testTarget(name: "NewsImagesTests", dependencies: ["NewsImages", "NewsCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ChineseTextTests", dependencies: ["ChineseText"]),
        .testTarget(name: "NewsReadingTests", dependencies: ["NewsReading", "NewsCore"]),
        .testTarget(
            name: "NewsStoreTests",
            dependencies: ["NewsStore", "NewsReading", "SampleLibrary", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The commands (@testable newsreader) and the configuration file (@testable NewsRuntime).
        .testTarget(name: "CLITests", dependencies: ["newsreader", "NewsRuntime", "TerminalSeam"]),
        .testTarget(name: "CursesBackendTests", dependencies: ["CursesBackend", "TerminalSeam", "NewsUI", "NewsCore"]),
        // The runtime loop and opener (@testable NewsRuntime) and the real binary in tmux.
        .testTarget(name: "EndToEndTests", dependencies: ["newsreader", "NewsRuntime", "TerminalSeam", "NewsUI", "NewsStore", "NewsCore", "NewsReading", "SampleLibrary"],
                    resources: [.copy("Fixtures")]),
    ]
)
