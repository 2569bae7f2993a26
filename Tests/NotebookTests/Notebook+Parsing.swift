extension Notebook {
    /// Reads a notebook's text.
    ///
    /// Fences follow CommonMark: an opening line of at least three backticks
    /// or tildes, indented at most three spaces, closed by a line of the same
    /// character at least as long with nothing after it but spaces. A block
    /// runs only when the first word of its info string is `console`; its
    /// lines lose the fence's indentation.
    init(parsing text: String) throws(NotebookError) {
        // Split on the byte 0x0A, not on Characters: "\r\n" is one Character.
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        let endsWithNewline = lines.last == ""
        if endsWithNewline { lines.removeLast() }
        self.lines = lines
        self.endsWithNewline = endsWithNewline
        self.commands = []

        var index = 0
        while index < lines.count {
            guard let fence = Fence(opening: lines[index]) else {
                index += 1
                continue
            }
            let opening = index
            index += 1
            while index < lines.count, !fence.isClosed(by: lines[index]) { index += 1 }
            guard index < lines.count else { throw .unclosedFence(line: opening + 1) }
            if fence.info == "console" {
                commands += try Self.commands(in: lines, body: (opening + 1)..<index, indent: fence.indent)
            }
            index += 1
        }
        if commands.isEmpty { throw .noCommands }
    }

    /// The commands of one console block whose body is `body`.
    private static func commands(in lines: [String], body: Range<Int>, indent: Int) throws(NotebookError) -> [Command] {
        func content(_ index: Int) -> String { removingIndent(lines[index], upTo: indent) }

        var result: [Command] = []
        var index = body.lowerBound
        while index < body.upperBound {
            let line = content(index)
            guard line.hasPrefix("$ ") else {
                guard line.trimmingTrailingWhitespace.isEmpty else { throw .outputBeforeCommand(line: index + 1) }
                index += 1
                continue
            }
            let commandLine = index + 1
            var text = String(line.dropFirst(2)).trimmingTrailingWhitespace
            while text.hasSuffix(" \\") {
                index += 1
                guard index < body.upperBound else { throw .danglingContinuation(line: commandLine) }
                text += "\n" + content(index).trimmingTrailingWhitespace
            }
            index += 1

            var status: Int32 = 0
            var statusLineIndex: Int?
            if index < body.upperBound, let written = statusText(content(index)) {
                guard let value = Int32(written), (0...255).contains(value) else {
                    throw .badStatus(line: index + 1, text: content(index).trimmingTrailingWhitespace)
                }
                status = value
                statusLineIndex = index
                index += 1
            }

            let outputStart = index
            while index < body.upperBound, !content(index).hasPrefix("$ ") { index += 1 }
            var expected = (outputStart..<index).map { content($0).trimmingTrailingWhitespace }
            while expected.last?.isEmpty == true { expected.removeLast() }
            result.append(Command(
                line: commandLine,
                text: text,
                expectedStatus: status,
                statusLineIndex: statusLineIndex,
                outputLines: outputStart..<index,
                expected: expected.map(PatternLine.init),
                expectedLineNumbers: expected.indices.map { outputStart + $0 + 1 },
                indent: indent
            ))
        }
        return result
    }

    /// The N of a `? N` line, or nil when the line is not one.
    private static func statusText(_ line: String) -> Substring? {
        let trimmed = line.trimmingTrailingWhitespace
        guard trimmed.hasPrefix("? ") || trimmed == "?" else { return nil }
        return trimmed.dropFirst(1).drop(while: { $0 == " " })
    }

    /// The line without up to `count` leading spaces, as CommonMark strips a
    /// fenced block's content by its fence's indentation.
    static func removingIndent(_ line: String, upTo count: Int) -> String {
        var dropped = 0
        var rest = Substring(line)
        while dropped < count, rest.first == " " {
            rest = rest.dropFirst()
            dropped += 1
        }
        return String(rest)
    }
}

/// The opening line of a fenced code block.
struct Fence {
    var character: Character
    var length: Int
    var indent: Int
    /// The first word of the info string, e.g. `console`.
    var info: String

    init?(opening line: String) {
        let indent = line.prefix(while: { $0 == " " }).count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let character = rest.first, character == "`" || character == "~" else { return nil }
        let length = rest.prefix(while: { $0 == character }).count
        guard length >= 3 else { return nil }
        let infoString = rest.dropFirst(length)
        // A backtick fence's info string may not contain a backtick (CommonMark 4.5).
        if character == "`", infoString.contains("`") { return nil }
        self.character = character
        self.length = length
        self.indent = indent
        self.info = infoString.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
    }

    /// Whether `line` closes this fence.
    func isClosed(by line: String) -> Bool {
        let indent = line.prefix(while: { $0 == " " }).count
        guard indent <= 3 else { return false }
        let rest = line.dropFirst(indent).trimmingTrailingWhitespace
        return rest.count >= length && rest.allSatisfy { $0 == character }
    }
}

extension Substring {
    var trimmingTrailingWhitespace: String { String(self).trimmingTrailingWhitespace }
}
