# warnings: -W option strings (_processoptions), unawaited coroutine through the module
import sys
import warnings

warnings.resetwarnings()
warnings._processoptions(["error::UserWarning", "bogus", "ignore::NotAWarning", "i::int",
                          "a:b:c:d:e:f", "d::UserWarning::x", "d::UserWarning::-1",
                          "ignore::nosuchmodule.Thing", "ignore::warnings.Nope",
                          "once::DeprecationWarning::12", "all", "m::FutureWarning", "e", ""])
for f in warnings.filters:
    print(f[0], f[1], f[2].__name__, f[3], f[4])
for action in ["", "d", "a", "all", "i", "m", "o", "e", "x"]:
    try:
        print(repr(action), warnings._getaction(action))
    except warnings._OptionError as e:
        print(repr(action), "_OptionError:", e)
print(warnings._getcategory(""), warnings._getcategory("builtins.BytesWarning"))
print(sys.warnoptions)
warnings.resetwarnings()
warnings.simplefilter("always")


async def never():
    pass


def make():
    never()


make()
print("after coroutine")
