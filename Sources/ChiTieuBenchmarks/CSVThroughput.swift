// Placeholder until the input work lands its CSV throughput benchmark.
func benchmarkCSVThroughput() {
    print("csv benchmark not yet available")
}
