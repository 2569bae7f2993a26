// chitieu-bench: release-mode benchmarks that print per-series times.
// Run with `swift run -c release chitieu-bench`. Filled in by the benchmark work.
print("chitieu-bench: no benchmarks yet")
