import Foundation

/// The rows of a fixture CSV written by one of the make-*.R / make-*.py
/// scripts, keyed by header. A field may be double-quoted (R's write.csv
/// quotes strings, and model names hold commas); no field holds a quote or
/// a line break, which the scripts never write.
func fixtureRows(_ url: URL) throws -> [[String: String]] {
    let text = try String(contentsOf: url, encoding: .utf8)
    var lines = text.split(whereSeparator: \.isNewline).map(String.init)
    let header = fixtureFields(lines.removeFirst())
    return lines.map { line in
        let cells = fixtureFields(line)
        precondition(cells.count == header.count, "ragged row: \(line)")
        return Dictionary(uniqueKeysWithValues: zip(header, cells))
    }
}

private func fixtureFields(_ line: String) -> [String] {
    var cells: [String] = []
    var current = ""
    var quoted = false
    for character in line {
        if character == "\"" {
            quoted.toggle()
        } else if character == "," && !quoted {
            cells.append(current)
            current = ""
        } else {
            current.append(character)
        }
    }
    cells.append(current)
    return cells
}
