a = 'single'
b = "double"
c = '''triple
quoted'''
d = """another"""
e = ''
f = "it's"
g = 'say "hi"'
h = 'both \' and "'
