"""IsolatedAsyncioTestCase: test cases whose methods may be coroutines,
each test run on its own asyncio event loop (CPython 3.11's behaviour).

setUp, the test and tearDown share one context; without a `contextvars`
module that context is the current one.
"""

import asyncio
import inspect
import warnings

from .case import TestCase

# No `__unittest` marker here: as in CPython, the frames of this module
# appear in the tracebacks of failing tests.


class _CurrentContext:
    """Stands for a contextvars.Context when there is no contextvars module."""

    def run(self, func, /, *args, **kwargs):
        return func(*args, **kwargs)


def _new_context():
    try:
        import contextvars
    except ImportError:
        return None
    return contextvars.copy_context()


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose test methods, asyncSetUp, asyncTearDown and async
    cleanups are awaited on a new event loop for each test."""

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioRunner = None
        self._asyncioTestContext = _new_context()

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        # Cleanups that are coroutine functions are awaited when they run.
        self.addCleanup(*(func, *args), **kwargs)

    async def enterAsyncContext(self, cm):
        """Enter the asynchronous context manager; its __aexit__ becomes a cleanup."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol"
                            ) from None
        result = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return result

    def _context(self):
        return self._asyncioTestContext or _CurrentContext()

    def _callSetUp(self):
        # The loop exists before setUp runs (setUp may use it).
        self._asyncioRunner.get_loop()
        self._context().run(self.setUp)
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._callMaybeAsync(method) is not None:
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self._context().run(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _callAsync(self, func, /, *args, **kwargs):
        assert self._asyncioRunner is not None, 'asyncio runner is not initialized'
        assert inspect.iscoroutinefunction(func), f'{func!r} is not an async function'
        return self._asyncioRunner.run(func(*args, **kwargs),
                                       context=self._asyncioTestContext)

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        assert self._asyncioRunner is not None, 'asyncio runner is not initialized'
        if inspect.iscoroutinefunction(func):
            return self._asyncioRunner.run(func(*args, **kwargs),
                                           context=self._asyncioTestContext)
        return self._context().run(func, *args, **kwargs)

    def _setupAsyncioRunner(self):
        assert self._asyncioRunner is None, 'asyncio runner is already initialized'
        self._asyncioRunner = asyncio.Runner(debug=True)

    def _tearDownAsyncioRunner(self):
        self._asyncioRunner.close()

    def run(self, result=None):
        self._setupAsyncioRunner()
        try:
            return super().run(result)
        finally:
            self._tearDownAsyncioRunner()

    def debug(self):
        self._setupAsyncioRunner()
        super().debug()
        self._tearDownAsyncioRunner()

    def __del__(self):
        if self._asyncioRunner is not None:
            self._tearDownAsyncioRunner()
