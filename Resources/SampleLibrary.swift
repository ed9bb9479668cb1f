import Foundation

/// The built-in sample library that `newsreader` opens when no library is given.
public enum SampleLibrary {
    /// The folder holding the sample articles, inside the resource bundle beside the binary.
    public static var url: URL? {
        Bundle.module.url(forResource: "Library", withExtension: nil)
    }
}
