/// The version of ChiTieu, the library and the `chitieu` command alike
/// (`chitieu --version` prints it).
///
/// Versions follow semantic versioning; a release is the git tag `v` + this
/// string (`v0.5.0`), made on the commit that sets it.
public enum LibraryVersion {
    /// `major.minor.patch`, e.g. `0.5.0`.
    public static let current = "0.5.0"
}
