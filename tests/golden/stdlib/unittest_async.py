# unittest: IsolatedAsyncioTestCase (async setUp/tearDown/tests/cleanups, enterAsyncContext, failures)
import asyncio
import unittest

from _unittest_helpers import Stream

events = []


class AsyncResource:
    async def __aenter__(self):
        events.append("aenter")
        return "resource"

    async def __aexit__(self, *exc):
        events.append("aexit")


class MyTest(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append("setUp")

    async def asyncSetUp(self):
        await asyncio.sleep(0)
        events.append("asyncSetUp")
        self.res = await self.enterAsyncContext(AsyncResource())

    async def test_a_ok(self):
        events.append("test_a " + self.res)
        self.addAsyncCleanup(self.cleanup, "async cleanup")
        self.assertEqual(await asyncio.sleep(0, result=3), 3)

    async def test_b_fails(self):
        value = await asyncio.sleep(0, result=1)
        self.assertEqual(value, 2)

    async def test_c_error(self):
        await asyncio.sleep(0)
        raise ValueError("async error")

    def test_d_sync(self):
        events.append("sync test")

    async def cleanup(self, what):
        events.append(what)

    async def asyncTearDown(self):
        events.append("asyncTearDown")

    def tearDown(self):
        events.append("tearDown")


class BadContext(unittest.IsolatedAsyncioTestCase):
    async def test_not_async_cm(self):
        await self.enterAsyncContext(object())


stream = Stream()
prog = unittest.main(argv=["prog", "-v"], testRunner=unittest.TextTestRunner(stream=stream, verbosity=2), exit=False)
# The tracebacks go through asyncio's frames (paths of the installation):
# only the status lines and each report's last line are shown.
for line in stream.text().split("\n"):
    if line.startswith(("test_", "Ran ", "OK", "FAILED", "ERROR:", "FAIL:")):
        print(line)
for test, report in prog.result.failures + prog.result.errors:
    print(test.id(), "->", report.strip().split("\n")[-1])
for e in events:
    print(e)
print(prog.result.wasSuccessful(), "IsolatedAsyncioTestCase" in dir(unittest))
try:
    unittest.NoSuchThing
except AttributeError as e:
    print("AttributeError:", e)
