import ArgumentParser

@main
struct ChiTieu: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "chitieu", abstract: "Forecasts and target attainment for planners.")
}
