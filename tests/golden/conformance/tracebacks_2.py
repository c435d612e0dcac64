# Uncaught exception with explicit cause (raise ... from ...)
class ParseError(Exception):
    pass


def parse_record(line):
    fields = line.split(",")
    try:
        return {"name": fields[0], "age": int(fields[1])}
    except (IndexError, ValueError) as exc:
        raise ParseError(f"bad record: {line!r}") from exc


records = ["ann,31", "bob,27", "cy,unknown"]
for r in records:
    print(parse_record(r))
