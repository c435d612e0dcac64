"""The names CPython's C accelerator exports; Coil's pickle is all Python
(lib/pickle.py), so they are pickle's own. The exception classes report
`_pickle` as their module, as in CPython."""
from pickle import (PickleError, PicklingError, UnpicklingError, Pickler,
                    Unpickler, dump, dumps, load, loads)
