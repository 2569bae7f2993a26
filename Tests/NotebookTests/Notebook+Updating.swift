/// A recorded output that the notebook format cannot hold, e.g. a line
/// starting `$ ` (it would read as a command) or a closing fence.
struct UnrecordableOutput: Error, CustomStringConvertible {
    var line: Int
    var description: String {
        "line \(line): the command's output cannot be written in a notebook (a line starting `$ `, `? ` or a fence?)"
    }
}

extension Notebook {
    /// The notebook text with each mismatching command's expectations
    /// replaced by what it did (`UPDATE_NOTEBOOKS=1`).
    ///
    /// Only what differs changes. A command whose status and output both
    /// match is left exactly as written. Otherwise the `? N` line is written
    /// for a non-zero status and dropped for 0, and the output is rebuilt
    /// from the same alignment the diff shows: expected lines that matched
    /// (wildcards included) and `...` lines stay as written, expected lines
    /// that matched nothing go, and actual lines that nothing expected come
    /// in verbatim. Blank lines after an output, kept for readability, stay.
    ///
    /// - Throws: `UnrecordableOutput` when the result, read back, would not
    ///   give the same commands each matching its output.
    func updated(with results: [CommandResult]) throws -> String {
        var lines = self.lines
        // From the last command back, so earlier line indices stay valid.
        for mismatch in mismatches(results).reversed() {
            let command = mismatch.command
            let indent = String(repeating: " ", count: command.indent)
            var replacement: [String] = []
            if mismatch.result.status != 0 { replacement.append("\(indent)? \(mismatch.result.status)") }
            let firstOutput = command.outputLines.lowerBound
            for step in mismatch.comparison.steps {
                switch step {
                case .same(let pattern, _), .skipped(let pattern, _):
                    replacement.append(self.lines[firstOutput + pattern])
                case .missing:
                    break
                case .extra(let actual):
                    let text = mismatch.comparison.actual[actual]
                    replacement.append(text.isEmpty ? "" : indent + text)
                }
            }
            let start = command.statusLineIndex ?? firstOutput
            lines.replaceSubrange(start..<(firstOutput + command.expected.count), with: replacement)
        }

        var updated = self
        updated.lines = lines
        let text = updated.text
        try Self.checkRecorded(text, commands: commands, results: results)
        return text
    }

    /// Reads `text` back and checks it holds the same commands, each now
    /// matching its result.
    private static func checkRecorded(_ text: String, commands: [Command], results: [CommandResult]) throws {
        guard let reread = try? Notebook(parsing: text) else { throw UnrecordableOutput(line: commands[0].line) }
        for (index, command) in commands.enumerated() {
            guard index < reread.commands.count, reread.commands[index].text == command.text else {
                throw UnrecordableOutput(line: command.line)
            }
        }
        guard reread.commands.count == commands.count else { throw UnrecordableOutput(line: reread.commands[commands.count].line) }
        if let first = reread.mismatches(results).first { throw UnrecordableOutput(line: first.command.line) }
    }
}
