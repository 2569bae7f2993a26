// Reporting: filled in by the CLI work.
