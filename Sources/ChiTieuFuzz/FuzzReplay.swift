// `chitieu-fuzz`: the input layer's fuzz targets (FuzzTarget.swift).
//
// Fuzzing, with libFuzzer from the Swift toolchain (Tests/FuzzCorpus holds
// the seeds; see the README's "Reliability"):
//
//     swift build -c release --product chitieu-fuzz --scratch-path .build-fuzz \
//         -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING
//     CHITIEU_FUZZ=csv .build-fuzz/release/chitieu-fuzz CORPUS Tests/FuzzCorpus/csv -max_total_time=600
//
// Built as usual (no FUZZING), it replays inputs instead, so that the tests
// run every committed corpus file through every target:
//
//     chitieu-fuzz replay DIR...      (each file of each DIR through all four targets)
#if !FUZZING
import Foundation

@main
enum FuzzReplay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.first == "replay", arguments.count >= 2 else {
            FileHandle.standardError.write(Data("usage: chitieu-fuzz replay DIR...\n".utf8))
            exit(64)
        }
        var count = 0
        for folder in arguments.dropFirst() {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() {
                guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { continue }
                for target in FuzzTarget.allCases { target.run(Array(data)) }
                count += 1
            }
        }
        print("replayed \(count) inputs through \(FuzzTarget.allCases.count) targets")
    }
}
#endif
