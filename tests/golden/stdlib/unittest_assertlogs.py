# unittest's assertLogs/assertNoLogs (on top of logging): captured records
# and output, levels, child loggers, restoring the logger, failures.
import logging
import unittest


class T(unittest.TestCase):
    def test_capture(self):
        with self.assertLogs('foo', level='INFO') as cm:
            logging.getLogger('foo').info('first message')
            logging.getLogger('foo.bar').error('second %s', 'message')
            logging.getLogger('foo').debug('below the level')
        print(cm.output, [r.levelname for r in cm.records], cm.records[1].getMessage())

    def test_root_default(self):
        with self.assertLogs() as cm:
            logging.warning('root warning')
        print(cm.output)

    def test_logger_object(self):
        log = logging.getLogger('obj')
        log.setLevel(logging.ERROR)
        with self.assertLogs(log, logging.DEBUG) as cm:
            log.debug('debug now visible')
        print(cm.output, log.level, log.handlers, log.propagate)

    def test_no_logs(self):
        with self.assertNoLogs('quiet'):
            logging.getLogger('other').error('not watched')

    def test_fail_missing(self):
        with self.assertLogs('silent', 'ERROR'):
            logging.getLogger('silent').warning('too low')

    def test_fail_unexpected(self):
        with self.assertNoLogs('noisy'):
            logging.getLogger('noisy').info('oops')

    def test_exception_passes_through(self):
        with self.assertRaises(KeyError):
            with self.assertLogs('x'):
                raise KeyError('k')


logging.getLogger('other').addHandler(logging.NullHandler())
suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors))
for test, text in result.failures:
    print(test.id(), '|', text.strip().splitlines()[-1])
