# Helper of the unittest golden tests: a stream that collects a runner's
# output, with the timing of the "Ran N tests in X.XXXs" line normalised.


class Stream:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass

    def text(self):
        out = []
        for line in "".join(self.parts).split("\n"):
            if line.startswith("Ran ") and " in " in line:
                line = line[:line.index(" in ")] + " in 0.000s"
            out.append(line)
        return "\n".join(out)
