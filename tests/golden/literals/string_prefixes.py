# String prefixes: r, b, rb, br, f, rf, u and their combinations in both cases.
print('single', "double", '''triple single''', """triple double""")
print(r'raw\n', R"raw\t", u'unicode', U"UNICODE")
print(b'bytes', B"BYTES", rb'raw\x00bytes', bR'x\y', Rb"z\n", BR'q')
x = 42
print(f'{x}', F"{x}", rf'{x}\n', fr"{x}\t", Rf'{x}', FR"{x}")
print('adjacent' ' strings' " concatenate")
print(b'ab' b'cd', 'x' f'{x}' r'\y')
print("""multi
line
string""")
print('''a\
b''')
print(r'\'', r"\"", len(r'\''))
print('it\'s', "say \"hi\"", 'mix "quotes"', "mix 'quotes'")
print(type(b'').__name__, type(r'').__name__, type(f'').__name__)
print(repr('a\\b'), repr(r'a\b'), r'a\b' == 'a\\b')
print(''' embedded 'single' and "double" ''')
print("".join(['']), len(''), len(""""""))
