"""Main entry point: coil -m unittest"""

import sys
if sys.argv[0].endswith("__main__.py"):
    # The program name shown in messages: "<executable> -m unittest".
    executable = sys.executable.rsplit('/', 1)[-1] if sys.executable else "python"
    sys.argv[0] = executable + " -m unittest"
    del executable

__unittest = True

# An absolute import: `coil -m` does not set up the package context.
from unittest.main import main

main(module=None)
