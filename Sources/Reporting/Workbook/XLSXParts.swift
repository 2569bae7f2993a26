import Foundation
import InputFiles
import ZIPFoundation

extension WorkbookDocument {
    /// The workbook as .xlsx bytes: a ZIP archive (deflated) of the content
    /// types, the package and workbook relationships, the workbook, the
    /// styles and one part per sheet.
    public func data() throws -> Data {
        let archive = try Archive(accessMode: .create)
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", Self.xmlHeader + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", Self.styles),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", Self.worksheet(sheet)))
        }
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: Self.fixedDate, compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// Every entry carries the same date, so the same tables give the same bytes.
    static let fixedDate = Date(timeIntervalSince1970: 1_388_534_400)  // 2014-01-01

    static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    var contentTypes: String {
        Self.xmlHeader + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + sheets.indices.map { "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined()
            + "</Types>"
    }

    var workbook: String {
        Self.xmlHeader + "<workbook xmlns=\"\(Self.main)\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
            + sheetNames.enumerated().map { "<sheet name=\"\(Self.escaped($1))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined()
            + "</sheets></workbook>"
    }

    var workbookRelationships: String {
        let type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        return Self.xmlHeader + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(type)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined()
            + "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(type)/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>"
    }

    /// Cell styles (`cellXfs`), by index: 0 general, 1 the bold header,
    /// 2–6 `#,##0` to `#,##0.0000`, 7–9 `0%` to `0.00%`.
    static let styles: String = {
        let decimals = (1...4).map { "<numFmt numFmtId=\"\(163 + $0)\" formatCode=\"#,##0.\(String(repeating: "0", count: $0))\"/>" }
        let percents = (1...2).map { "<numFmt numFmtId=\"\(167 + $0)\" formatCode=\"0.\(String(repeating: "0", count: $0))%\"/>" }
        let formatIDs = [3, 164, 165, 166, 167, 9, 168, 169]
        return xmlHeader + "<styleSheet xmlns=\"\(main)\">"
            + "<numFmts count=\"6\">" + (decimals + percents).joined() + "</numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(2 + formatIDs.count)\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + formatIDs.map { "<xf numFmtId=\"\($0)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" }.joined()
            + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>"
    }()

    static func style(_ format: NumberFormat) -> Int {
        switch format {
        case .text: 0
        case let .decimal(d): 2 + min(max(d, 0), 4)
        case let .percent(d): 7 + min(max(d, 0), 2)
        }
    }

    static func worksheet(_ sheet: Sheet) -> String {
        var out = xmlHeader + "<worksheet xmlns=\"\(main)\">"
        out += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        out += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.columns.isEmpty {
            out += "<cols>"
            for index in sheet.columns.indices {
                out += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width(of: sheet, column: index))\" customWidth=\"1\"/>"
            }
            out += "</cols>"
        }
        out += "<sheetData>"
        out += row(1, sheet.columns.map { .text($0.heading) }, styles: Array(repeating: 1, count: sheet.columns.count))
        let styles = sheet.columns.map { style($0.format) }
        for (index, cells) in sheet.rows.enumerated() {
            out += row(index + 2, cells, styles: styles)
        }
        return out + "</sheetData></worksheet>"
    }

    static func row(_ number: Int, _ cells: [Cell], styles: [Int]) -> String {
        var out = "<row r=\"\(number)\">"
        for (index, cell) in cells.enumerated() {
            let reference = InputError.columnName(index + 1) + String(number)
            let style = index < styles.count && styles[index] != 0 ? " s=\"\(styles[index])\"" : ""
            switch cell {
            case .empty:
                continue
            case let .number(value):
                guard value.isFinite else { continue }
                out += "<c r=\"\(reference)\"\(style)><v>\(value)</v></c>"
            case let .text(text):
                let space = text.first?.isWhitespace == true || text.last?.isWhitespace == true ? " xml:space=\"preserve\"" : ""
                out += "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t\(space)>\(escaped(text))</t></is></c>"
            }
        }
        return out + "</row>"
    }

    /// A column wide enough for its widest cell as shown (Excel's width
    /// counts characters of the default font), within 8 and 60.
    static func width(of sheet: Sheet, column: Int) -> Double {
        var widest = sheet.columns[column].heading.count
        for row in sheet.rows.prefix(1_000) where column < row.count {
            switch row[column] {
            case let .text(text): widest = max(widest, text.count)
            case let .number(value): widest = max(widest, value.isFinite ? Int(log10(max(abs(value), 1))) + 6 : 0)
            case .empty: break
            }
        }
        return Double(min(max(widest + 2, 8), 60))
    }

    /// Text as XML character data: `& < > "` escaped, and the control
    /// characters XML 1.0 cannot hold (all below U+0020 but tab, LF, CR) dropped.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
