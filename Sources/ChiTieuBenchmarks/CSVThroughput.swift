import Foundation
import InputFiles

/// Reads about 100 MB of observations CSV with `CSVReader` and with
/// `Dataset.load`, and prints the throughput in MB/s (1 MB = 10⁶ bytes).
///
/// The file is made in a temporary folder and removed afterwards. Its rows
/// are what a large province-wide panel looks like: one value per unit,
/// indicator and month over 15 years, about one unit id in ten with
/// Vietnamese letters, one indicator in four quoted with a comma inside.
func benchmarkCSVThroughput() {
    let path = NSTemporaryDirectory() + "chitieu-bench-\(UUID().uuidString).csv"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let bytes = writeObservations(to: path, targetBytes: 100_000_000)
    let megabytes = Double(bytes) / 1e6

    let clock = ContinuousClock()
    var records = 0, fields = 0, scalars = 0
    let readTime = clock.measure {
        do {
            let reader = try CSVReader(path: path)
            while let record = try reader.next() {
                records += 1
                fields += record.count
                scalars += record.fields.last?.column ?? 0  // keeps the fields alive
            }
        } catch {
            print("csv-throughput: \(error)")
        }
    }
    let readSeconds = seconds(readTime)
    print("csv-throughput: CSVReader read \(String(format: "%.1f", megabytes)) MB (\(records) records, \(fields) fields) "
        + "in \(String(format: "%.3f", readSeconds)) s: \(String(format: "%.0f", megabytes / readSeconds)) MB/s")

    var observations = 0
    let loadTime = clock.measure {
        do {
            observations = try Dataset.load(DatasetLocation(observations: path)).observations.count
        } catch {
            print("csv-throughput: \(error)")
        }
    }
    let loadSeconds = seconds(loadTime)
    print("csv-throughput: Dataset.load checked \(observations) observations "
        + "in \(String(format: "%.3f", loadSeconds)) s: \(String(format: "%.0f", megabytes / loadSeconds)) MB/s")
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

/// Writes observations until the file holds at least `targetBytes`; returns its size.
private func writeObservations(to path: String, targetBytes: Int) -> Int {
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    guard let handle = FileHandle(forWritingAtPath: path) else { fatalError("cannot write \(path)") }
    defer { try? handle.close() }
    let indicators = ["budget_revenue", "nrd_criteria", "poverty_rate", "\"thu, chi ngân sách\""]
    var block = "unit,indicator,period,value\n"
    var written = 0
    var unit = 0
    while written + block.utf8.count < targetBytes {
        let id = unit % 10 == 0 ? "xã-chiềng-\(unit)" : "xa-\(unit)"
        for (k, indicator) in indicators.enumerated() {
            for year in 2000...2014 {
                for month in 1...12 {
                    let value = Double((unit * 31 + k * 7 + year * 12 + month) % 100_000) / 8
                    block += "\(id),\(indicator),\(year)-\(month < 10 ? "0" : "")\(month),\(value)\n"
                }
            }
        }
        if block.utf8.count > 1 << 20 {
            handle.write(Data(block.utf8))
            written += block.utf8.count
            block = ""
        }
        unit += 1
    }
    handle.write(Data(block.utf8))
    return written + block.utf8.count
}
