/// The whole of `check --json`.
struct CheckJSON: Encodable {
    let articles: Int
    let problems: [ProblemJSON]
    /// Warnings many files share (see ``ProblemHabits``); `problems` still lists each one.
    let habits: [ProblemHabits.Habit]
}
