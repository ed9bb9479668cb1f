/// From a file path to a drawn image: stat, read, sniff, decode (bounded), fit, draw; cached.
public struct ImagePipeline: Sendable {
    public let limits: ImageLimits
    public let cache: ImageCache

    public init(limits: ImageLimits = .standard, cache: ImageCache = ImageCache()) {
        self.limits = limits
        self.cache = cache
    }

    /// Draws the image at `path` for `request`. Placeholders are the caller's business: asking
    /// for `.placeholders` output is a programming error and reports `.unsupported`.
    public func draw(path: String, request: DrawRequest) -> Result<DrawnImage, ImageFailure> {
        let file: ImageFile
        do { file = try ImageFile.stat(path) } catch { return .failure(error) }
        let key = ImageCache.Key(file: file, request: request)
        if let cached = cache.value(for: key) { return cached }
        let result = Result { () throws(ImageFailure) -> DrawnImage in try drawUncached(file, request: request) }
        cache.store(result, for: key)
        return result
    }

    /// Decodes the image at `path` (JPEG at a small scale) to prove it usable, for `check`:
    /// a header alone would pass a truncated file.
    public func verify(path: String) throws(ImageFailure) {
        _ = try ImageDecoder.decode(try ImageFile.stat(path).read(limits: limits), limits: limits, wantedWidth: 64, wantedHeight: 64)
    }

    private func drawUncached(_ file: ImageFile, request: DrawRequest) throws(ImageFailure) -> DrawnImage {
        let data = try file.read(limits: limits)
        let header = try ImageDecoder.probe(data)
        let fit = CellFit.fitting(width: header.width, height: header.height,
                                  maxColumns: request.maxColumns, maxRows: request.maxRows, enlarging: request.enlarges)
        switch request.output {
        case .placeholders:
            throw .unsupported(header.format, "placeholders are not drawn")
        case .symbols(let depth):
            // libchafa samples about 8×8 pixels per cell; decoding more is wasted work.
            let image = try ImageDecoder.decode(data, limits: limits, wantedWidth: fit.columns * 8, wantedHeight: fit.rows * 8)
            return .symbols(ImageRenderer.symbols(image, fit: fit, depth: depth, symbols: request.symbols,
                                                  ambiguousWide: request.ambiguousWide))
        case .kitty, .sixel, .iterm:
            let graphics: GraphicsProtocol = request.output == .kitty ? .kitty : request.output == .sixel ? .sixel : .iterm
            let image = try ImageDecoder.decode(data, limits: limits, wantedWidth: fit.columns * request.cellPixels.width,
                                                wantedHeight: fit.rows * request.cellPixels.height)
            return .sequence(ImageRenderer.sequence(image, fit: fit, protocol: graphics, cellPixels: request.cellPixels), graphics, fit)
        }
    }
}
