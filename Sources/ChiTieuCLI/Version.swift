/// The version `chitieu --version` prints. Releases are tagged `v` + this
/// (`v0.5.0`); bump it in the commit that a tag names.
enum ChiTieuVersion {
    static let current = "0.5.0"
}
