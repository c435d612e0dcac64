0o
