# Helper package for importlib tests.
PKG = "pyc package"
