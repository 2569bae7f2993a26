/// A Markdown text notebook: prose and fenced code blocks, of which the
/// `console` blocks are transcripts that the runner replays.
///
/// Inside a `console` block:
///
/// - a line starting `$ ` is a command; a command line ending in ` \`
///   continues on the next line (the lines are given to `/bin/sh` joined by
///   newlines, so the shell itself reads the backslash-newline);
/// - a line `? N` right after a command is its expected exit status
///   (default 0);
/// - every other line, up to the next command or the end of the block, is
///   the expected output: standard output followed by standard error.
///
/// The notebook keeps its text as lines so that update mode can rewrite a
/// command's output in place and leave every other byte alone.
struct Notebook {
    /// One command of a console block and what it is expected to print.
    struct Command: Equatable {
        /// The 1-based line of the `$ ` that starts the command.
        var line: Int
        /// The command as the shell receives it (continuation lines joined by
        /// newlines, the `$ ` removed).
        var text: String
        /// The expected exit status.
        var expectedStatus: Int32
        /// The 0-based index of the `? N` line, if the notebook wrote one.
        var statusLineIndex: Int?
        /// The 0-based indices of the expected-output lines: from the line
        /// after the command (or its `? N`) up to the next command or the
        /// closing fence.
        var outputLines: Range<Int>
        /// The expected output, one pattern line per notebook line, with
        /// trailing whitespace and trailing blank lines removed.
        var expected: [PatternLine]
        /// The 1-based notebook line of each entry of `expected`.
        var expectedLineNumbers: [Int]
        /// The spaces before the block's fence, which its lines also carry.
        var indent: Int = 0
    }

    /// The file's lines, without their newline characters.
    var lines: [String]
    /// Whether the last line of the file ended with a newline.
    var endsWithNewline: Bool
    /// The commands of every console block, in the order they appear.
    var commands: [Command]

    /// The notebook text again, from `lines`.
    var text: String {
        lines.joined(separator: "\n") + (endsWithNewline ? "\n" : "")
    }
}

/// Why a notebook cannot be run.
enum NotebookError: Error, Equatable, CustomStringConvertible {
    /// The notebook has no `console` block with a command, so it tests nothing.
    case noCommands
    /// A code fence opened at this line is never closed.
    case unclosedFence(line: Int)
    /// A non-blank line inside a console block comes before any command.
    case outputBeforeCommand(line: Int)
    /// A `? N` line whose N is not an exit status 0–255.
    case badStatus(line: Int, text: String)
    /// A command's last line ends in ` \` but the block ends there.
    case danglingContinuation(line: Int)

    var description: String {
        switch self {
        case .noCommands:
            "no ```console block with a `$ ` command: the notebook tests nothing"
        case .unclosedFence(let line):
            "line \(line): code fence never closed"
        case .outputBeforeCommand(let line):
            "line \(line): console block has output before its first `$ ` command"
        case .badStatus(let line, let text):
            "line \(line): `\(text)` — expected `? N` with N an exit status 0–255"
        case .danglingContinuation(let line):
            "line \(line): command continues with ` \\` but the block ends"
        }
    }
}

extension String {
    /// The string without trailing spaces, tabs or carriage returns.
    var trimmingTrailingWhitespace: String {
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard self[before] == " " || self[before] == "\t" || self[before] == "\r" else { break }
            end = before
        }
        return String(self[..<end])
    }
}
