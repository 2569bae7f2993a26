import Foundation
import InputFiles

/// The fuzz targets of the input layer: what each does with one input, and
/// the property it must keep. A violated property stops the process with
/// `fatalError`, which libFuzzer records as a crash, input included.
enum FuzzTarget: String, CaseIterable {
    /// CSVReader on the bytes, whole and cut into chunks of 1–8 bytes
    /// (the first byte chooses): the same records or the same error, which
    /// names a line and column ≥ 1. Chunk boundaries are where a streaming
    /// reader goes wrong.
    case csv
    /// `Period.parse` on the text: a period it accepts prints back to a
    /// text that parses to the same period.
    case period
    /// `NumberStyle.parseValue` in both styles: an accepted value is finite
    /// and within ±1e18.
    case number
    /// `Dataset.load` and `Dataset.problems` on up to four files cut at
    /// byte 0x1E (observations, units, targets, bands): an error names one
    /// of them, a line and a column ≥ 1; `problems` is empty exactly when
    /// `load` succeeds.
    case dataset

    func run(_ bytes: [UInt8]) {
        switch self {
        case .csv: Self.csv(bytes)
        case .period: Self.period(bytes)
        case .number: Self.number(bytes)
        case .dataset: Self.dataset(bytes)
        }
    }

    /// Every record, or the error that ended the reading.
    static func read(_ bytes: [UInt8], chunkSize: Int) -> Result<[CSVRecord], InputError> {
        let reader = CSVReader(bytes: bytes, file: "fuzz.csv", chunkSize: chunkSize)
        do throws(InputError) {
            return .success(try reader.readAll())
        } catch {
            return .failure(error)
        }
    }

    static func csv(_ bytes: [UInt8]) {
        let whole = read(bytes, chunkSize: 256 * 1024)
        let chunked = read(bytes, chunkSize: 1 + Int(bytes.first ?? 0) % 8)
        guard whole == chunked else {
            fatalError("chunked reading differs: \(whole) vs \(chunked)")
        }
        if case let .failure(error) = whole, error.line < 1 || error.column < 1 {
            fatalError("an error without a position: \(error)")
        }
    }

    static func period(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        guard case let .success(period) = Period.parse(text) else { return }
        guard case let .success(again) = Period.parse(period.description), again == period else {
            fatalError("\(text) → \(period) does not read back")
        }
    }

    static func number(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        for style in [NumberStyle(decimalComma: false), NumberStyle(decimalComma: true)] {
            if case let .success(value?) = style.parseValue(text), !(value.isFinite && abs(value) <= 1e18) {
                fatalError("\(text) read as \(value)")
            }
        }
    }

    /// One folder for the whole run, its files rewritten for each input.
    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    static func dataset(_ bytes: [UInt8]) {
        let parts = bytes.split(separator: 0x1E, maxSplits: 3, omittingEmptySubsequences: false)
        let names = ["observations.csv", "units.csv", "targets.csv", "bands.csv"]
        var paths: [String] = []
        for (name, part) in zip(names, parts) {
            let path = folder.appendingPathComponent(name).path
            _ = FileManager.default.createFile(atPath: path, contents: Data(part))
            paths.append(path)
        }
        let location = DatasetLocation(observations: paths[0], units: paths.count > 1 ? paths[1] : nil,
                                       targets: paths.count > 2 ? paths[2] : nil, bands: paths.count > 3 ? paths[3] : nil)
        let problems = Dataset.problems(in: location)
        do throws(InputError) {
            _ = try Dataset.load(location)
            if !problems.isEmpty { fatalError("load succeeded, problems found \(problems)") }
        } catch {
            if problems.isEmpty { fatalError("load failed with \(error), problems found none") }
            if !paths.contains(error.file) || error.line < 1 || error.column < 1 {
                fatalError("an error without a file's position: \(error)")
            }
        }
    }
}
