# warnings: what the default showwarning writes to stderr, default filters
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def f():
    warnings.warn("first")
    warnings.warn("first")


for i in range(3):
    f()
old_api()  # shown: DeprecationWarning in __main__
warnings.warn("pending", PendingDeprecationWarning)  # ignored by default
warnings.warn("future", FutureWarning)
warnings.warn("resource", ResourceWarning)  # ignored by default
warnings.warn("import", ImportWarning)  # ignored by default
warnings.warn("runtime %d" % 1, RuntimeWarning)
warnings.warn_explicit("explicit", UserWarning, "nofile.py", 3)
warnings.warn_explicit("explicit", SyntaxWarning, __file__, 5, source=object())
warnings.warn("bytes", BytesWarning)
warnings.warn("unicode", UnicodeWarning)
warnings.warn("enc", EncodingWarning)
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once only")
    warnings.warn("once only")
warnings.filterwarnings("error", category=UserWarning)
warnings.warn("fatal")
