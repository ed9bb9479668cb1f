import NewsCore
@testable import NewsUI

/// The states the screen snapshots show, reached by keys as a user would.
enum SnapshotStates {
    static let names = ["library", "libraryFacets", "picker", "reader", "readerJumped", "linkList", "help", "problems"]

    static let problems = [
        Problem(path: "2025/03/broken.md", line: 2, severity: .error, message: "front matter is not valid YAML: mapping values are not allowed here"),
        Problem(path: "2025/04/binary.md", severity: .error, message: "not UTF-8 text"),
    ]

    static func driver(_ name: String, width: Int, height: Int) -> AppDriver {
        var driver = AppDriver(width: width, height: height,
                               snapshot: Fixtures.snapshot(problems: name == "problems" ? problems : []))
        switch name {
        case "libraryFacets":
            driver.press(.tab, .character("j"))
        case "picker":
            driver.press(.character("t"))
            driver.type("数据")
        case "reader":
            driver.open()
            driver.press(.tab)
        case "readerJumped":
            driver.open()
            driver.press(.tab, .enter)
        case "linkList":
            driver.open()
            driver.press(.character("L"))
        case "help":
            driver.open()
            driver.press(.character("?"))
        case "problems":
            driver.press(.character("!"))
        default:
            break
        }
        return driver
    }
}
