import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The small parts of a workbook, each read by one streaming `XMLParser`
/// pass. Element names are compared without their namespace prefix, since
/// writers differ (`sheet`, `x:sheet`).
class PartReader: NSObject, XMLParserDelegate {
    /// Where the part's XML stops being well formed (line of the part), or
    /// nil: a damaged part is refused, not read up to the damage.
    private(set) var damagedAtLine: Int?

    init(_ data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        if !parser.parse() { damagedAtLine = max(1, parser.lineNumber) }
    }

    static func local(_ name: String) -> Substring {
        name.split(separator: ":").last ?? Substring(name)
    }

    /// The value of an attribute by its local name (`r:id` → `id`).
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { local($0.key) == name }?.value
    }

    func start(_ name: Substring, _ attributes: [String: String]) {}
    func end(_ name: Substring) {}
    func text(_ string: String) {}

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        start(Self.local(elementName), attributes)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        end(Self.local(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text(string) }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if damagedAtLine == nil { damagedAtLine = max(1, parser.lineNumber) }
    }
}

/// xl/workbook.xml: the sheets in order, with their relationship ids.
final class WorkbookPart: PartReader {
    var sheets: [(name: String, relationship: String)] = []
    var uses1904 = false

    override func start(_ name: Substring, _ attributes: [String: String]) {
        if name == "sheet", let sheet = Self.attribute("name", in: attributes), let id = Self.attribute("id", in: attributes) {
            sheets.append((sheet, id))
        } else if name == "workbookPr", let flag = Self.attribute("date1904", in: attributes) {
            uses1904 = flag == "1" || flag.lowercased() == "true"
        }
    }
}

/// xl/_rels/workbook.xml.rels: relationship id → part path (relative to xl/).
final class RelationshipsPart: PartReader {
    var targets: [String: String] = [:]

    override func start(_ name: Substring, _ attributes: [String: String]) {
        if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] {
            targets[id] = target
        }
    }
}

/// xl/sharedStrings.xml: each `si` is the text of its `t` elements, runs
/// (`r/t`) joined; phonetic guides (`rPh`) are not part of the text.
final class SharedStringsPart: PartReader {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    override func start(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }

    override func text(_ string: String) {
        if inText { current += string }
    }
}

/// xl/styles.xml: for each cell style (`cellXfs/xf`), whether its number
/// format shows a date, and with or without the day.
final class StylesPart: PartReader {
    private var formats: [Int: String] = [:]
    private var styleFormats: [Int] = []
    private var inCellStyles = false

    override func start(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { formats[id] = code }
        case "cellXfs": inCellStyles = true
        case "xf" where inCellStyles: styleFormats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    override func end(_ name: Substring) {
        if name == "cellXfs" { inCellStyles = false }
    }

    var dateStyles: [ExcelDate.Style?] {
        styleFormats.map { ExcelDate.style(formatID: $0, code: formats[$0]) }
    }
}
