"""Coil's asyncio: an event loop, Futures, Tasks and coroutine
synchronisation written for Coil, following CPython 3.11's scheduling
rules so that programs print the same things in the same order. There is
no network or subprocess I/O; time passes through time.monotonic() and
time.sleep()."""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .timeouts import *
from .unix_events import *

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           queues.__all__ +
           runners.__all__ +
           taskgroups.__all__ +
           tasks.__all__ +
           timeouts.__all__ +
           unix_events.__all__)
