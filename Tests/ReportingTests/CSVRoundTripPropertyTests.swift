import InputFiles
import PropertyBased
import Reporting
import Testing

/// What ChiTieu writes as CSV reads back as the same cells through its own
/// reader, for any text: commas, quotes, line breaks (LF, CR, CRLF),
/// Vietnamese letters and emoji included, and any finite Double.
@Suite struct CSVRoundTripPropertyTests {
    /// Text drawn mostly from the characters that need quoting.
    static let awkwardText = Gen.oneOf(
        Gen.character(in: "a"..."z"),
        Gen.element(of: Array(",\"\n\r ;\tơăđ€😀")).compactMap { $0 },
        Gen.character(in: "0"..."9")
    ).string(of: 0...12)

    @Test func textCellsReadBack() async {
        await propertyCheck(count: 300, input: Self.awkwardText.array(of: 2...6).array(of: 1...5)) { rows in
            var csv = CSVText()
            for row in rows { csv.appendRow(row.map { .text($0) }) }
            let records = try? CSVReader(text: csv.result, file: "t.csv").readAll()
            #expect(records?.map { $0.fields.map(\.value) } == rows)
        }
    }

    @Test func numbersReadBackExactly() async {
        await propertyCheck(count: 300, input: Gen.double(in: -1e18...1e18).array(of: 2...8)) { values in
            var csv = CSVText()
            csv.appendRow(values.map { .number($0) })
            let fields = (try? CSVReader(text: csv.result, file: "t.csv").readAll())?.first?.fields.map(\.value)
            #expect(fields?.map { Double($0) } == values.map { Optional($0) })
        }
    }

    /// `--excel`: the byte-order mark is read past, and a text that Excel
    /// would run as a formula comes back with its apostrophe and nothing else changed.
    @Test func excelCellsReadBack() async {
        await propertyCheck(count: 200, input: Self.awkwardText.array(of: 2...5)) { row in
            var csv = CSVText(excel: true)
            csv.appendRow(row.map { .text($0) })
            let fields = (try? CSVReader(text: csv.result, file: "t.csv").readAll())?.first?.fields.map(\.value)
            let expected = row.map { text in
                text.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } == true ? "'" + text : text
            }
            #expect(fields == expected)
        }
    }
}
