/// A JSON value with ordered object keys, written compactly enough to diff
/// and with numbers in full precision (NaN and ±∞ become `null`, which JSON
/// has no number for).
package indirect enum JSONValue: Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number in full precision; `null` when not finite.
    case number(Double)
    /// An integer.
    case integer(Int)
    /// A string, escaped as JSON requires.
    case string(String)
    /// An array; arrays of scalars stay on one line.
    case array([JSONValue])
    /// An object whose keys keep their order.
    case object([(String, JSONValue)])

    /// Pretty-printed text, two spaces per level, ending in a newline.
    package func rendered() -> String {
        var out = ""
        write(into: &out, indent: 0)
        return out + "\n"
    }

    private func write(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch self {
        case .null: out += "null"
        case let .bool(b): out += b ? "true" : "false"
        case let .integer(i): out += String(i)
        case let .number(x): out += x.isFinite ? "\(x)" : "null"
        case let .string(s): out += Self.quote(s)
        case let .array(items):
            if items.isEmpty { out += "[]"; return }
            // Arrays of scalars stay on one line; arrays of objects get a line each.
            if items.allSatisfy(\.isScalar) {
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", " }
                    item.write(into: &out, indent: indent + 1)
                }
                out += "]"
            } else {
                out += "[\n"
                for (i, item) in items.enumerated() {
                    out += inner
                    item.write(into: &out, indent: indent + 1)
                    out += i + 1 < items.count ? ",\n" : "\n"
                }
                out += pad + "]"
            }
        case let .object(members):
            if members.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, (key, value)) in members.enumerated() {
                out += inner + Self.quote(key) + ": "
                value.write(into: &out, indent: indent + 1)
                out += i + 1 < members.count ? ",\n" : "\n"
            }
            out += pad + "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
