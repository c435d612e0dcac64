# Text statistics: sentences, word lengths histogram, longest words, character classes
text = """Python is a programming language that lets you work quickly and integrate systems
more effectively. Python is powerful... and fast; plays well with others; runs everywhere;
is friendly & easy to learn; is Open! Does it work? Yes: it works."""

sentences = [s.strip() for s in text.replace("?", ".").replace("!", ".").split(".") if s.strip()]
print(len(sentences), [s[:15] for s in sentences])
words = ["".join(ch for ch in w if ch.isalnum()).lower() for w in text.split()]
words = [w for w in words if w]
print(len(words), len(set(words)))
hist = {}
for w in words:
    hist[len(w)] = hist.get(len(w), 0) + 1
for length in sorted(hist):
    print(f"{length:2d} {'*' * hist[length]} ({hist[length]})")
longest = sorted(set(words), key=lambda w: (-len(w), w))[:5]
print(longest)
classes = {"upper": 0, "lower": 0, "digit": 0, "space": 0, "punct": 0}
for ch in text:
    if ch.isupper():
        classes["upper"] += 1
    elif ch.islower():
        classes["lower"] += 1
    elif ch.isdigit():
        classes["digit"] += 1
    elif ch.isspace():
        classes["space"] += 1
    else:
        classes["punct"] += 1
print(classes, sum(classes.values()) == len(text))
avg = sum(map(len, words)) / len(words)
print(f"average word length {avg:.3f}, median {sorted(map(len, words))[len(words) // 2]}")
first_letters = {}
for w in words:
    first_letters.setdefault(w[0], set()).add(w)
print({k: sorted(v) for k, v in sorted(first_letters.items()) if len(v) > 1})
print(text.count("is"), text.lower().count("python"), text.find("fast"), text.rfind("is"))
caps = [w for w in text.split() if w[0].isupper()]
print(caps)
wrapped, line = [], ""
for w in text.split():
    if len(line) + len(w) + 1 > 30:
        wrapped.append(line)
        line = w
    else:
        line = f"{line} {w}" if line else w
wrapped.append(line)
print("\n".join(f"|{l:<30}|" for l in wrapped))
