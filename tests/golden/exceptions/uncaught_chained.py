# Uncaught exception with an explicit cause: both tracebacks with the separator line.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("configuration is invalid") from e

print("parsing")
parse("12x")
