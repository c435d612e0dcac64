# keyword: kwlist, softkwlist, iskeyword, issoftkeyword.
import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), sorted(keyword.__all__))
for w in ['if', 'match', 'case', '_', 'print', 'True', 'none', 'async', 'await', 'type', '']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print([w for w in ['class', 'klass', 'def', 'define', 'lambda'] if keyword.iskeyword(w)])
