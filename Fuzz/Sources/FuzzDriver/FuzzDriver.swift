import Foundation

/// libFuzzer's entry point for a program that keeps its own `main` (SwiftPM renames a target's
/// `main`, so libFuzzer's would never run): it parses the flags in `argv`, then calls `callback`
/// once per input. Provided by the runtime that `-sanitize=fuzzer` links in.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The one-input function of a fuzz target: libFuzzer passes each input's bytes.
public typealias FuzzInputHandler = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

/// Runs libFuzzer with this process's command line and exits with its status.
public enum FuzzDriver {
    public static func run(_ handler: FuzzInputHandler) -> Never {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, handler))
    }

    /// The input as `Data` (copied: libFuzzer owns the buffer only for the call).
    public static func data(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Data {
        guard let bytes, count > 0 else { return Data() }
        return Data(bytes: bytes, count: count)
    }
}

/// Stops the run when an invariant a user would notice does not hold: libFuzzer sees the trap,
/// saves the input as `crash-…` and prints `message` above the stack trace.
public func fuzzRequire(_ condition: Bool, _ message: @autoclosure () -> String,
                        file: StaticString = #fileID, line: UInt = #line) {
    guard !condition else { return }
    FileHandle.standardError.write(Data("fuzz invariant failed at \(file):\(line): \(message())\n".utf8))
    fatalError("fuzz invariant failed: \(message())", file: file, line: line)
}
