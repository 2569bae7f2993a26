#if FUZZING
import Foundation

// libFuzzer's side, built only for fuzzing (see FuzzReplay.swift). These are
// C signatures, so the bytes arrive as pointers here and are copied into an
// array at once. The target is chosen by the environment variable
// CHITIEU_FUZZ (csv, period, number, dataset).

let fuzzTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["CHITIEU_FUZZ"] ?? "csv"
    guard let target = FuzzTarget(rawValue: name) else {
        fatalError("CHITIEU_FUZZ must be one of \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    fuzzTarget.run(bytes)
    return 0
}

/// libFuzzer's driver (compiler-rt, FuzzerDriver.cpp).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point as `<module>_main` and aliases
/// `main` to it, so libFuzzer's own `main` is never used: this is the entry,
/// and it hands over to libFuzzer's driver.
@_cdecl("ChiTieuFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzOneInput)
}
#endif
