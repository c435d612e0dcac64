"""Main entry point: coil -m unittest"""

import sys
if sys.argv[0].endswith("__main__.py"):
    # Show 'python -m unittest' as CPython does, not the file name.
    sys.argv[0] = "python -m unittest"

__unittest = True

from .main import main

main(module=None)
