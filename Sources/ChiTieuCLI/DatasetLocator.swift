import ArgumentParser
import Foundation
import InputFiles

/// Finds the files of a dataset: the one --data names, or the bundled Sơn La
/// dataset wherever the binary runs from.
enum DatasetLocator {
    /// The bundled dataset's folder name under `Datasets/`.
    static let bundled = "son-la"

    static func locate(data: String?, units: String?, targets: String?, bands: String?, sheet: String? = nil) throws -> DatasetLocation {
        if sheet != nil && !(data.map(Workbook.isWorkbook) ?? false) {
            throw ValidationError("--sheet names a sheet of a workbook: give --data a .xlsx file")
        }
        let fileManager = FileManager.default
        guard let data else {
            guard let folder = bundledFolder() else {
                throw ValidationError("the bundled dataset Datasets/\(bundled) was not found next to the program; name one with --data")
            }
            return folderLocation(folder, units: units, targets: targets, bands: bands)
        }
        var isFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: data, isDirectory: &isFolder) else {
            throw ValidationError("--data \(data): no such file or folder")
        }
        for (flag, path) in [("--units", units), ("--targets", targets), ("--bands", bands)] {
            if let path, !fileManager.fileExists(atPath: path) {
                throw ValidationError("\(flag) \(path): no such file")
            }
        }
        if Workbook.isWorkbook(data) {
            return try workbookLocation(data, units: units, targets: targets, bands: bands, sheet: sheet)
        }
        if isFolder.boolValue {
            let observations = (data as NSString).appendingPathComponent("observations.csv")
            guard fileManager.fileExists(atPath: observations) else {
                throw ValidationError("--data \(data): the folder has no observations.csv")
            }
            return folderLocation(data, units: units, targets: targets, bands: bands)
        }
        return DatasetLocation(observations: data, units: units, targets: targets, bands: bands)
    }

    /// A workbook's sheets: `observations` (or its only sheet), and `units`,
    /// `targets`, `bands`, `indicators` where it has sheets of those names;
    /// an option naming a file explicitly wins over the workbook's own sheet.
    static func workbookLocation(_ path: String, units: String?, targets: String?, bands: String?, sheet: String?) throws -> DatasetLocation {
        let book: Workbook
        do {
            book = try Workbook(path: path)
        } catch {
            throw InputProblems(problems: [error])
        }
        func present(_ name: String) -> String? { book.sheetName(matching: name) == nil ? nil : path }
        return DatasetLocation(observations: path, units: units ?? present("units"), targets: targets ?? present("targets"),
                               bands: bands ?? present("bands"), indicators: present("indicators"), sheet: sheet)
    }

    /// A folder's files; an option naming a file explicitly wins over the folder's own.
    static func folderLocation(_ folder: String, units: String?, targets: String?, bands: String?) -> DatasetLocation {
        func present(_ name: String) -> String? {
            let path = (folder as NSString).appendingPathComponent(name)
            return FileManager.default.fileExists(atPath: path) ? path : nil
        }
        return DatasetLocation(
            observations: (folder as NSString).appendingPathComponent("observations.csv"),
            units: units ?? present("units.csv"),
            targets: targets ?? present("targets.csv"),
            bands: bands ?? present("bands.csv"),
            indicators: present("indicators.csv")
        )
    }

    /// Where the bundled dataset is: `$CHITIEU_DATASETS/son-la`; or, walking up
    /// from the executable (a checkout's `.build/…/chitieu`), a folder holding
    /// `Datasets/son-la`; or `share/chitieu/Datasets/son-la` beside an
    /// installed `bin/chitieu`; or `Datasets/son-la` under the current folder.
    static func bundledFolder() -> String? {
        let fileManager = FileManager.default
        func valid(_ folder: URL) -> String? {
            fileManager.fileExists(atPath: folder.appendingPathComponent("observations.csv").path) ? folder.path : nil
        }
        if let root = ProcessInfo.processInfo.environment["CHITIEU_DATASETS"], let found = valid(URL(fileURLWithPath: root).appendingPathComponent(bundled)) {
            return found
        }
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            var folder = executable.deletingLastPathComponent()
            if let found = valid(folder.deletingLastPathComponent().appendingPathComponent("share/chitieu/Datasets/\(bundled)")) {
                return found
            }
            for _ in 0..<6 {
                if let found = valid(folder.appendingPathComponent("Datasets/\(bundled)")) { return found }
                folder = folder.deletingLastPathComponent()
            }
        }
        return valid(URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent("Datasets/\(bundled)"))
    }
}
