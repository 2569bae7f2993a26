/// Where the problems found in a dataset go: thrown at the first one
/// (`Dataset.load`), or gathered so a person can fix them all in one pass
/// (`Dataset.problems`).
///
/// A problem in a row (a bad cell, a duplicate, a row of the wrong length)
/// skips that row and reading goes on; a problem in the CSV text itself (an
/// unclosed quote, bytes that are not UTF-8) or in the header ends the file,
/// since what follows it cannot be read reliably.
struct ProblemLog {
    let gathersAll: Bool
    let limit: Int
    private(set) var problems: [InputError] = []

    init(gathersAll: Bool, limit: Int = .max) {
        self.gathersAll = gathersAll
        self.limit = max(1, limit)
    }

    var isFull: Bool { problems.count >= limit }

    /// Keeps a problem of a row, or throws it when only the first is wanted
    /// or the limit is reached.
    mutating func record(_ problem: InputError) throws(InputError) {
        guard gathersAll else { throw problem }
        problems.append(problem)
        if isFull { throw problem }
    }

    /// Keeps the problem that ended a file (unless it is the one that filled the log).
    mutating func endOfFile(_ problem: InputError) {
        if !isFull { problems.append(problem) }
    }
}
