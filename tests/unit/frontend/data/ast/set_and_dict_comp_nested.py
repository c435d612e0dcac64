{(a, b): [c for c in d] for a, b in e if a}
