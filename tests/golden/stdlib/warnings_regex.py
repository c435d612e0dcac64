# warnings: filterwarnings with message and module regular expressions, option strings with fields
import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="spam")
    warnings.filterwarnings("error", message=".*fatal", category=RuntimeWarning)
    warnings.filterwarnings("ignore", module="__ma")
    print(warnings.filters[:3])
    warnings.warn("spam and eggs")
    warnings.warn("SPAM is case-insensitive")
    warnings.warn("eggs")
    try:
        warnings.warn("this is fatal", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised:", e)
    warnings.warn("this is fatal", UserWarning)
    warnings.warn_explicit("in other module", UserWarning, "other.py", 1, module="other")
    warnings.warn_explicit("in main-ish module", UserWarning, "m.py", 1, module="__main_thing")
    print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings._setoption("ignore:spam:UserWarning:__main__")
    warnings._setoption("error:boom::othermod:7")
    print(warnings.filters[:2])
    warnings.warn("spam")
    warnings.warn("spam!")
    warnings.warn_explicit("boom", UserWarning, "o.py", 8, module="othermod")
    print([str(w.message) for w in log])
    try:
        warnings.warn_explicit("boom", UserWarning, "o.py", 7, module="othermod")
    except UserWarning as e:
        print("raised:", e)

# Uncaught: the traceback shows no frame of the warnings module.
warnings.filterwarnings("error", message="last")
warnings.warn("last one")
