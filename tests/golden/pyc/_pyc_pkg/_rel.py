def twice(s):
    return s * 2


NAME = __name__
PACKAGE = __package__
