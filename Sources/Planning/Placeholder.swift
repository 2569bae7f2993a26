// Planning: filled in by the CLI work.
