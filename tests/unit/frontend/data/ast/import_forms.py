import a
import a.b.c
import a as b, c.d as e
from a import b
from . import c
from .. import d as e
from ...x.y import (z, w as v,)
from .mod import *
from .... import q
