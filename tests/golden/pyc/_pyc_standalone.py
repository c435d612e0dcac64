# Loaded by path through importlib.util.spec_from_file_location.
TITLE = "standalone"


def name():
    return __name__
