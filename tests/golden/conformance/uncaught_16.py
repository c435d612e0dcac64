# Uncaught exception from a generator expression passed to a builtin, in a method of a nested class
class Report:
    class Row:
        def __init__(self, values):
            self.values = values

        def total(self):
            return sum(float(v) for v in self.values)

    def __init__(self, rows):
        self.rows = [Report.Row(r) for r in rows]

    def totals(self):
        return [row.total() for row in self.rows]


r = Report([["1", "2"], ["3.5", "x"], ["4"]])
print(len(r.rows))
print(r.totals())
