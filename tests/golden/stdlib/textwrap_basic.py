# textwrap: wrap/fill/shorten/dedent/indent and TextWrapper options (hyphens, em-dashes, max_lines)
import textwrap

sample = ("The quick brown fox jumps over the lazy dog. Python's textwrap module "
          "handles hyphenated-words, em--dashes, and long words like "
          "supercalifragilisticexpialidocious-and-more. It is well-tested! Really? Yes.")
for width in (10, 20, 33, 50, 79):
    print(width, textwrap.wrap(sample, width))
print(textwrap.fill(sample, 40))
print(textwrap.fill(sample, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(sample, 25, break_on_hyphens=False))
print(textwrap.wrap(sample, 12, break_long_words=False))
print(textwrap.wrap(sample, 8, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap("  leading and trailing   spaces  ", 10))
print(textwrap.wrap("  leading and trailing   spaces  ", 10, drop_whitespace=False))
print(textwrap.wrap("tabs\there\tand\tthere", 12))
print(textwrap.wrap("tabs\there\tand\tthere", 12, expand_tabs=False))
print(textwrap.wrap("tabs\there\tand\tthere", 40, tabsize=4))
print(textwrap.wrap("new\nlines\r\nand\x0bvt", 40))
print(textwrap.wrap("new\nlines\r\nand\x0bvt", 40, replace_whitespace=False))
print(textwrap.wrap("Hello there. How are you? I am fine! OK.", 80, fix_sentence_endings=True))
print(textwrap.wrap('He said "yes." Then "no!" Mr. Smith', 80, fix_sentence_endings=True))
print(textwrap.wrap(sample, 30, max_lines=3))
print(textwrap.wrap(sample, 30, max_lines=1, placeholder="..."))
print(textwrap.wrap(sample, 30, max_lines=2, placeholder=" (more)"))
print(textwrap.wrap("a b c d e f g h", 5, max_lines=2))
print(textwrap.wrap("aaaaaaaaaa bbbbbbbbbb", 10, max_lines=1, placeholder="..."))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(sample, 60))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("", 5))

# Hyphenation and dash splitting rules.
tw = textwrap.TextWrapper(width=1)
for text in ["well-known", "e-mail", "a-b-c", "x--y", "this--that", "--flag", "foo--", "re-use-it",
             "x-ray-machine", "co-op 1-2 ab-12 12-ab", "non-ASCII-wörds-naïve", "a_b-c_d", "--", "---x",
             "well--known-thing", "self-explanatory.", "end-", "-start", "ab-cd-", "word--\"quote\"",
             "A-B-C-D", "ab-c", "abc-d-e", "it's--done", "3--4 x.--y"]:
    print(repr(text), tw._split(text))
print(textwrap.TextWrapper(break_on_hyphens=False)._split("a-b c\td"))
print(textwrap.wrap("aaa-bbb-ccc-ddd-eee", 6))
print(textwrap.wrap("----------", 3))
print(textwrap.wrap("abc----------def", 5))
print(textwrap.wrap("supercalifragilistic", 5, initial_indent="> "))

# Errors.
for kwargs in [dict(width=0), dict(width=-1), dict(width=5, max_lines=1, placeholder=" [.........]"),
               dict(width=5, max_lines=2, subsequent_indent="    ", placeholder="xx")]:
    try:
        print(textwrap.wrap("some text here", **kwargs))
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.wrap(None)
except AttributeError as e:
    print("AttributeError:", e)

# dedent / indent
print(repr(textwrap.dedent("""\
    def f():
        return 1
    """)))
print(repr(textwrap.dedent("  a\n    b\n  \n   c\n")))
print(repr(textwrap.dedent("\ta\n\t\tb\n")))
print(repr(textwrap.dedent("\ta\n    b\n")))
print(repr(textwrap.dedent("  a\n  \t  \n  b")))
print(repr(textwrap.dedent("no indent\n  some")))
print(repr(textwrap.dedent("")), repr(textwrap.dedent("   ")), repr(textwrap.dedent("  x\r\n  y\r\n")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")))
print(repr(textwrap.indent("a\nb\n \nc\n", "+ ", lambda line: True)))
print(repr(textwrap.indent("a\r\nb\rc", "  ")))
print(repr(textwrap.indent("one\ntwo", "#", lambda line: line.startswith("t"))))
