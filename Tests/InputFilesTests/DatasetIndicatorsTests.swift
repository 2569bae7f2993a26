import Testing
import Foundation
@testable import InputFiles

/// Loads an indicators file beside a small observations file.
private func loadIndicators(_ text: String, observations: String = "unit,indicator,period,value\n") throws(InputError) -> Dataset {
    let folder = TemporaryFolder()
    let location = DatasetLocation(observations: folder.write("observations.csv", observations),
                                   indicators: folder.write("indicators.csv", text))
    return try Dataset.load(location)
}

/// The error loading an indicators file throws, with the folder's path cut off the file name.
private func indicatorsError(_ text: String) -> InputError? {
    do {
        _ = try loadIndicators(text)
        return nil
    } catch {
        var error = error
        error.file = String(error.file.split(separator: "/").last ?? "")
        return error
    }
}

@Suite struct DatasetIndicatorsTests {
    @Test func goodFileWithEnglishNames() throws {
        let dataset = try loadIndicators("""
            indicator,name,measure,name_en
            budget_revenue,Thu ngân sách trên địa bàn,billion VND,State-budget revenue collected in the province
            grdp_growth,Tốc độ tăng trưởng GRDP,percent,
             nrd_criteria ,"Số tiêu chí nông thôn mới đạt được, mỗi xã",criteria of 19,"New-rural criteria met, per commune"

            """,
            // Observations may use indicators the file does not list.
            observations: "unit,indicator,period,value\nson-la,budget_revenue,2013,830\nson-la,unlisted,2013,1\n")
        #expect(dataset.indicators == [
            IndicatorInfo(id: "budget_revenue", name: "Thu ngân sách trên địa bàn",
                          nameEnglish: "State-budget revenue collected in the province", measure: "billion VND"),
            IndicatorInfo(id: "grdp_growth", name: "Tốc độ tăng trưởng GRDP", nameEnglish: nil, measure: "percent"),
            IndicatorInfo(id: "nrd_criteria", name: "Số tiêu chí nông thôn mới đạt được, mỗi xã",
                          nameEnglish: "New-rural criteria met, per commune", measure: "criteria of 19"),
        ])
        #expect(scalars(dataset.indicators[0].name) == scalars("Thu ng\u{E2}n s\u{E1}ch tr\u{EA}n \u{111}\u{1ECB}a b\u{E0}n"))
        #expect(dataset.indicator("grdp_growth")?.measure == "percent")
        #expect(dataset.indicator("unlisted") == nil)
        #expect(dataset.observations.count == 2)
    }

    @Test func columnsInAnyOrderAndNoEnglishColumn() throws {
        let dataset = try loadIndicators("measure,indicator,name\r\nbillion VND,total_investment,Vốn đầu tư toàn xã hội\r\n")
        #expect(dataset.indicators == [IndicatorInfo(id: "total_investment", name: "Vốn đầu tư toàn xã hội", measure: "billion VND")])
    }

    @Test func noIndicatorsFileMeansNoIndicators() throws {
        let folder = TemporaryFolder()
        let dataset = try Dataset.load(DatasetLocation(observations: folder.write("o.csv", "unit,indicator,period,value\nson-la,rev,2014,1\n")))
        #expect(dataset.indicators.isEmpty)
    }

    @Test func duplicateNamesTheFirstLine() throws {
        let error = try #require(indicatorsError("""
            indicator,name,measure
            budget_revenue,Thu ngân sách,billion VND
            total_investment,"Vốn đầu tư
            toàn xã hội",billion VND
            budget_revenue,Thu ngân sách (again),billion VND
            """))
        #expect(error.description == "indicators.csv:5:1: expected each indicator once (budget_revenue is already on line 2), found \"budget_revenue\" again")
    }

    @Test func duplicateAfterTrimmingNamesTheFirstLine() throws {
        let error = try #require(indicatorsError("indicator,name,measure\nrev,Thu,billion VND\nx,X,percent\n\"rev \",Thu,billion VND\n"))
        #expect(error.line == 4 && error.column == 1 && error.expected == "each indicator once (rev is already on line 2)")
    }

    @Test func missingRequiredColumn() throws {
        let error = try #require(indicatorsError("indicator,name\nbudget_revenue,Thu ngân sách\n"))
        #expect(error.description == "indicators.csv:1:15: expected a column named measure in the header (required: indicator,name,measure), found the header \"indicator,name\"")
    }

    @Test func unknownColumn() throws {
        let error = try #require(indicatorsError("indicator,name,measure,unit_en\n"))
        #expect(error.description == "indicators.csv:1:24: expected one of the columns indicator, name, measure, name_en, found \"unit_en\"")
        let misspelt = try #require(indicatorsError("indicator,name,name_english,measure\n"))
        #expect(misspelt.line == 1 && misspelt.column == 16 && misspelt.found == "\"name_english\"")
    }

    @Test func emptyIdAndShortRow() throws {
        let empty = try #require(indicatorsError("indicator,name,measure\nrev,Thu,billion VND\n  ,Chi,billion VND\n"))
        #expect(empty.line == 3 && empty.column == 1 && empty.found == "\"  \"")
        let short = try #require(indicatorsError("indicator,name,measure\nrev,Thu\n"))
        #expect(short.description == "indicators.csv:2:8: expected 3 fields (indicator,name,measure), found 2 fields")
    }

    @Test func problemsGathersTheIndicatorsFileAfterTheOthers() throws {
        let folder = TemporaryFolder()
        let location = DatasetLocation(
            observations: folder.write("observations.csv", "unit,indicator,period,value\nson-la,rev,2014,x\n"),
            indicators: folder.write("indicators.csv", "indicator,name,measure\nrev,Thu,billion VND\n,Chi,billion VND\nrev,Thu,billion VND\n"))
        let places = Dataset.problems(in: location).map { "\($0.file.split(separator: "/").last!):\($0.line):\($0.column)" }
        #expect(places == ["observations.csv:2:17", "indicators.csv:3:1", "indicators.csv:4:1"])
    }
}

/// The bundled datasets' indicators files (written by Datasets/tools) read, and describe every indicator in use.
@Suite struct BundledIndicatorsTests {
    /// `Datasets/<name>/` of this checkout, found from this source file.
    static func folder(_ name: String) -> String {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/InputFilesTests/<file>
        return parts.joined(separator: "/") + "/Datasets/" + name + "/"
    }

    @Test(arguments: ["son-la", "vietnam-provinces"])
    func everyIndicatorInUseIsDescribed(dataset name: String) throws {
        let folder = Self.folder(name)
        func present(_ file: String) -> String? {
            FileManager.default.fileExists(atPath: folder + file) ? folder + file : nil
        }
        let dataset = try Dataset.load(DatasetLocation(
            observations: folder + "observations.csv", units: present("units.csv"), targets: present("targets.csv"),
            bands: present("bands.csv"), indicators: folder + "indicators.csv"))
        let used = Set(dataset.observations.map(\.indicator) + dataset.targets.map(\.indicator) + dataset.bands.map(\.indicator))
        #expect(Set(dataset.indicators.map(\.id)) == used)
        #expect(dataset.indicators.allSatisfy { !$0.name.isEmpty && !$0.measure.isEmpty && $0.nameEnglish != nil })
    }

    @Test func sonLaNamesTheDirectivesIndicators() throws {
        let folder = Self.folder("son-la")
        let dataset = try Dataset.load(DatasetLocation(observations: folder + "observations.csv",
                                                       indicators: folder + "indicators.csv"))
        #expect(dataset.indicator("budget_revenue") == IndicatorInfo(
            id: "budget_revenue", name: "Thu ngân sách trên địa bàn",
            nameEnglish: "State-budget revenue collected in the province", measure: "billion VND"))
        #expect(dataset.indicator("total_investment")?.name == "Vốn đầu tư toàn xã hội")
        #expect(dataset.indicator("nrd_criteria")?.measure == "criteria of 19")
        #expect(dataset.indicator("grdp_growth")?.measure == "percent")
    }
}
