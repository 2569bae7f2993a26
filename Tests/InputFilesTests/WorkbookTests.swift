import Foundation
@testable import InputFiles
import Testing

/// Workbooks written by openpyxl (Fixtures/workbooks/make-workbooks.py)
/// read as their CSV counterparts, with positions named as cells.
@Suite struct WorkbookTests {
    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("workbooks")
    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
    /// The CSV planning panel the workbook panel.xlsx was made from.
    static let panelFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ChiTieuCLITests/Fixtures/planning-panel")

    static func error(_ location: DatasetLocation, numbers: NumberStyle = NumberStyle()) -> InputError? {
        do {
            _ = try Dataset.load(location, numbers: numbers)
            return nil
        } catch {
            return error
        }
    }

    @Test func panelReadsAsItsCSVFiles() throws {
        let book = Self.path("panel.xlsx")
        let fromBook = try Dataset.load(DatasetLocation(observations: book, units: book, targets: book, bands: book))
        let csv = { (name: String) in Self.panelFolder.appendingPathComponent(name).path }
        let fromCSV = try Dataset.load(DatasetLocation(observations: csv("observations.csv"), units: csv("units.csv"),
                                                       targets: csv("targets.csv"), bands: csv("bands.csv")))
        #expect(fromBook.observations.count == fromCSV.observations.count && fromBook.observations.count > 200)
        for (a, b) in zip(fromBook.observations, fromCSV.observations) {
            #expect(a.unit == b.unit && a.indicator == b.indicator && a.period == b.period && a.value == b.value)
            #expect(a.line == b.line, "a sheet's row is the CSV file's line")
        }
        #expect(fromBook.units == fromCSV.units)
        #expect(fromBook.targets.map { [$0.unit, $0.indicator, "\($0.period)", "\($0.low)", "\($0.high)", $0.direction.rawValue] }
                == fromCSV.targets.map { [$0.unit, $0.indicator, "\($0.period)", "\($0.low)", "\($0.high)", $0.direction.rawValue] })
        #expect(fromBook.bands.map { [$0.unit, "\($0.minValue)", "\($0.maxValue)", "\($0.count)"] }
                == fromCSV.bands.map { [$0.unit, "\($0.minValue)", "\($0.maxValue)", "\($0.count)"] })
        #expect(fromBook.observationsSheet == "observations")
    }

    /// A part cut in the middle (make-damaged-workbooks.py) is refused with
    /// the part named, never read up to the damage as if the rest were empty.
    @Test func damagedPartsAreRefused() throws {
        let sheet = Self.path("damaged-sheet.xlsx")
        let book = try Workbook(path: sheet)
        let sheetError = #expect(throws: InputError.self) { _ = try book.reader(sheet: book.sheetNames[0]) }
        #expect(sheetError?.sheet == book.sheetNames[0] && sheetError?.expected == "a sheet whose XML is well formed")
        let styles = Self.path("damaged-styles.xlsx")
        let stylesError = #expect(throws: InputError.self) { _ = try Workbook(path: styles) }
        #expect(stylesError?.found.hasPrefix("xl/styles.xml damaged at its line") == true, "\(String(describing: stylesError))")
        #expect(Self.error(DatasetLocation(observations: sheet)) != nil)
    }

    /// Written by LibreOffice Calc 7.4 (make-libreoffice-workbooks.sh): its
    /// CSV import turns the months into dates, which read back as the months.
    @Test func libreOfficeWorkbooksReadAsTheirCSV() throws {
        let fromBook = try Dataset.load(DatasetLocation(observations: Self.path("libreoffice-observations.xlsx")))
        let fromCSV = try Dataset.load(DatasetLocation(observations: Self.panelFolder.appendingPathComponent("observations.csv").path))
        #expect(fromBook.observations.count == fromCSV.observations.count)
        for (a, b) in zip(fromBook.observations, fromCSV.observations) {
            #expect(a.unit == b.unit && a.indicator == b.indicator && a.period == b.period && a.value == b.value, "row \(a.line)")
        }
        let wide = try Dataset.load(DatasetLocation(observations: Self.path("libreoffice-wide.xlsx")))
        #expect(wide.observations.map { "\($0.unit) \($0.period) \($0.value!)" }
                == ["moc-chau 2010 100.5", "moc-chau 2011 110.0", "moc-chau 2012 120.25", "moc-chau 2013 130.0",
                    "mai-son 2010 80.0", "mai-son 2012 88.0", "mai-son 2013 91.5"])
    }

    /// A title merged above, a note, the header on row 3, months as dates,
    /// a Vietnamese number typed as text, empty rows after the data.
    @Test func aSheetAsAPlannerTypesIt() throws {
        let book = Self.path("typed-by-hand.xlsx")
        let refused = try #require(Self.error(DatasetLocation(observations: book)))
        #expect(refused.description == "\(book):Thu NS!D7: expected a number such as 2100.5 (for Vietnamese numbers such as 2.100,5 use --decimal-comma), found \"2.100,5\"")
        let dataset = try Dataset.load(DatasetLocation(observations: book), numbers: NumberStyle(decimalComma: true))
        #expect(dataset.observations.map(\.period) == (1...12).map { Period.month(year: 2013, month: $0) })
        // Number cells keep their decimal point under --decimal-comma; the text cell reads Vietnamese style.
        let expected = (1...12).map { $0 == 4 ? 2100.5 : 10 + Double($0) + 0.25 }
        #expect(dataset.observations.map(\.value) == expected.map { Optional($0) })
        #expect(dataset.observations.map(\.unit).allSatisfy { $0 == "mai-son" })
    }

    @Test func errorsNameTheCell() throws {
        let bad = Self.path("bad-value.xlsx")
        #expect(Self.error(DatasetLocation(observations: bad))?.description
                == "\(bad):Sheet1!D8: expected a number such as 2100.5, found \"abc\"")
        let formula = Self.path("formula.xlsx")
        #expect(Self.error(DatasetLocation(observations: formula))?.description
                == "\(formula):observations!D3: expected a number such as 2100.5, found \"=D2+1\"")
        let two = Self.path("two-sheets.xlsx")
        #expect(Self.error(DatasetLocation(observations: two))?.description
                == "\(two):1:1: expected a sheet named observations (or one sheet besides units, targets, bands, indicators; or --sheet), found the sheets \"a\", \"b\"")
        let folder = TemporaryFolder()
        let fake = folder.write("fake.xlsx", "unit,indicator,period,value\n")
        #expect(Self.error(DatasetLocation(observations: fake))?.expected.hasPrefix("an .xlsx workbook") == true)
    }

    /// unit, indicator, then a column per period: each filled cell one observation.
    @Test func wideLayout() throws {
        let book = Self.path("wide.xlsx")
        let location = DatasetLocation(observations: book, sheet: "Thu NS")
        let dataset = try Dataset.load(location, numbers: NumberStyle(decimalComma: true))
        let rows = dataset.observations.map { "\($0.unit) \($0.period) \($0.value!)" }
        #expect(rows == ["moc-chau 2010 100.5", "moc-chau 2011 110.0", "moc-chau 2012-06 9.5", "moc-chau 2013-07 30.0",
                         "mai-son 2010 80.0", "mai-son 2012-06 8.25", "mai-son 2013-07 20.0"])
        #expect(dataset.observations.last.map { "\($0.line):\($0.column)" } == "4:6")
        #expect(Self.error(location)?.description == "\(book):Thu NS!E4: expected a number such as 2100.5 (for Vietnamese numbers such as 2.100,5 use --decimal-comma), found \"8,25\"")
        #expect(Self.error(DatasetLocation(observations: book))?.expected == "a sheet named observations (or one sheet besides units, targets, bands, indicators; or --sheet)")
    }

    /// Serial day numbers (ECMA-376 Part 1 §18.17.4): 1900 counts a 29
    /// February that never was; 1904 starts at 0.
    @Test func serialDates() {
        let cases: [(Double, Bool, String)] = [(1, false, "1900-01-01"), (59, false, "1900-02-28"), (61, false, "1900-03-01"),
                                               (41_640, false, "2014-01-01"), (41_820.75, false, "2014-06-30"),
                                               (0, true, "1904-01-01"), (40_178, true, "2014-01-01")]
        for (serial, uses1904, text) in cases {
            #expect(ExcelDate.text(serial: serial, style: .day, uses1904: uses1904) == text, "\(serial)")
        }
        #expect(ExcelDate.text(serial: 41_791, style: .month, uses1904: false) == "2014-06")
        #expect(ExcelDate.text(serial: -1, style: .day, uses1904: false) == nil)
    }

    @Test func dateFormats() {
        #expect(ExcelDate.style(formatID: 14, code: nil) == .day)
        #expect(ExcelDate.style(formatID: 17, code: nil) == .month)
        #expect(ExcelDate.style(formatID: 0, code: nil) == nil)
        #expect(ExcelDate.style(formatID: 4, code: nil) == nil)
        #expect(ExcelDate.style(formatID: 164, code: "mmm-yy") == .month)
        #expect(ExcelDate.style(formatID: 165, code: "mm/yyyy") == .month)
        #expect(ExcelDate.style(formatID: 166, code: "dd/mm/yyyy") == .day)
        #expect(ExcelDate.style(formatID: 167, code: "#,##0.00") == nil)
        #expect(ExcelDate.style(formatID: 168, code: "[Red]0.0;\"day\"0") == nil)
        #expect(ExcelDate.style(formatID: 169, code: "[$-42A]mmmm yyyy") == .month)
    }
}
