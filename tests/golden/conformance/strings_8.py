# CSV parsing by hand with quotes and escapes; writing it back; column statistics
raw = '''name,city,score,notes
"Smith, John",Boston,88.5,"said ""hi"""
Ann,"New York",92,
"Lee",Chicago,79.25,"multi word note"
Bob,,100,"trailing, comma"
'''


def parse_line(line):
    fields, cur, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                cur.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    fields.append("".join(cur))
    return fields


def quote(field):
    if any(c in field for c in ',"\n'):
        return '"' + field.replace('"', '""') + '"'
    return field


lines = raw.strip().splitlines()
header = parse_line(lines[0])
rows = [dict(zip(header, parse_line(l))) for l in lines[1:]]
for r in rows:
    print(r)
scores = [float(r["score"]) for r in rows]
print(f"mean={sum(scores) / len(scores):.3f} min={min(scores)} max={max(scores)}")
print(sorted(rows, key=lambda r: -float(r["score"]))[0]["name"])
print([r["city"] or "<unknown>" for r in rows])
out = "\n".join(",".join(quote(r[h]) for h in header) for r in rows)
print(out)
print(all(parse_line(a) == parse_line(b) for a, b in zip(out.splitlines(), lines[1:])))
widths = {h: max(len(h), *(len(r[h]) for r in rows)) for h in header}
print(" | ".join(h.upper().ljust(widths[h]) for h in header))
for r in rows:
    print(" | ".join(r[h].ljust(widths[h]) for h in header))
