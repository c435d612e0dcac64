match = 1
case = 2
_ = 3
match(x)
match[0]
match.attr = case
print(match, case, _)
def match(case): return case
