# raise SystemExit(n) directly, and exit via an exception-derived value.
print("raising SystemExit(42)")
raise SystemExit(42)
