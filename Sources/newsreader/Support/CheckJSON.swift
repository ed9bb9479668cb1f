/// The whole of `check --json`.
struct CheckJSON: Encodable {
    let articles: Int
    let problems: [ProblemJSON]
}
