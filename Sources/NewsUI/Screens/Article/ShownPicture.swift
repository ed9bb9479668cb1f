/// A drawn picture and the request it answers (its size depends on the layout's width).
struct ShownPicture: Equatable, Sendable {
    var request: PictureRequest
    var cells: PictureCells
}
