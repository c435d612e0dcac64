"""Unittest main program: unittest.main() / TestProgram (CPython 3.11).

Command-line options are parsed with argparse when it can be imported;
otherwise with a small parser of the same options and messages.
"""

import sys
import warnings

from . import loader, runner
from .signals import installHandler

__unittest = True

MAIN_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _convert_name(name):
    # A file name (path/to/test_x.py) becomes a module name (path.to.test_x).
    try:
        import os
    except ImportError:
        os = None
    if os is not None and os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            rel_path = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel_path) or rel_path.startswith(os.pardir):
                return name
            name = rel_path
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_names(names):
    return [_convert_name(name) for name in names]


def _convert_select_pattern(pattern):
    if not '*' in pattern:
        pattern = '*%s*' % pattern
    return pattern


def _basename(path):
    return path.rsplit('/', 1)[-1]


class _Options:
    """The options TestProgram knows, parsed without argparse."""

    def __init__(self, program, prog, flags, positional, extra_help=()):
        self.program = program
        self.prog = prog
        self.flags = flags          # (short, long, dest, value or None for an argument)
        self.positional = positional
        self.extra_help = extra_help

    def usage(self):
        parts = ['[-h]']
        for short, long, dest, value in self.flags:
            opt = short or long
            parts.append('[%s]' % opt if value is not None else '[%s %s]' % (opt, dest.upper()))
        parts.append('[%s ...]' % self.positional)
        return 'usage: %s %s\n' % (self.prog, ' '.join(parts))

    def error(self, message):
        sys.stderr.write(self.usage())
        sys.stderr.write('%s: error: %s\n' % (self.prog, message))
        sys.exit(2)

    def parse(self, args, namespace):
        for short, long, dest, value in self.flags:
            if not hasattr(namespace, dest) or getattr(namespace, dest) is None:
                setattr(namespace, dest, [] if value is None else getattr(namespace, dest, None))
        positionals = []
        unknown = []
        i = 0
        only_positional = False
        while i < len(args):
            arg = args[i]
            i += 1
            if only_positional or not arg.startswith('-') or arg == '-':
                positionals.append(arg)
                continue
            if arg == '--':
                only_positional = True
                continue
            if arg in ('-h', '--help'):
                self.program._print_help()
                sys.exit(0)
            for short, long, dest, value in self.flags:
                if arg == short or arg == long:
                    if value is None:
                        if i >= len(args):
                            self.error('argument %s: expected one argument' %
                                       '/'.join(o for o in (short, long) if o))
                        getattr(namespace, dest).append(_convert_select_pattern(args[i]))
                        i += 1
                    else:
                        setattr(namespace, dest, value)
                    break
                if value is None and short and arg.startswith(short) and len(arg) > len(short):
                    getattr(namespace, dest).append(_convert_select_pattern(arg[len(short):]))
                    break
            else:
                unknown.append(arg)
        if unknown:
            self.error('unrecognized arguments: %s' % ' '.join(unknown))
        setattr(namespace, self.positional, positionals)
        return namespace


class TestProgram(object):
    """A command-line program that runs a set of tests; this is primarily
       for making test modules conveniently executable.
    """
    # defaults for testing
    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv

        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            # Even DeprecationWarnings are shown once per location while
            # tests run, unless -W options say otherwise.
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = _basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        warnings.warn("TestProgram.usageExit() is deprecated and will be"
                      " removed in Python 3.13", DeprecationWarning)
        if msg:
            print(msg)
        self._print_help()
        sys.exit(2)

    def _option_flags(self):
        flags = [('-v', '--verbose', 'verbosity', 2),
                 ('-q', '--quiet', 'verbosity', 0),
                 (None, '--locals', 'tb_locals', True)]
        if self.failfast is None:
            flags.append(('-f', '--failfast', 'failfast', True))
            self.failfast = False
        if self.catchbreak is None:
            flags.append(('-c', '--catch', 'catchbreak', True))
            self.catchbreak = False
        if self.buffer is None:
            flags.append(('-b', '--buffer', 'buffer', True))
            self.buffer = False
        if self.testNamePatterns is None:
            flags.append(('-k', None, 'testNamePatterns', None))
            self.testNamePatterns = []
        return flags

    _HELP = {
        'verbosity2': 'Verbose output', 'verbosity0': 'Quiet output',
        'tb_locals': 'Show local variables in tracebacks',
        'failfast': 'Stop on first fail or error',
        'catchbreak': 'Catch Ctrl-C and display results so far',
        'buffer': 'Buffer stdout and stderr during tests',
        'testNamePatterns': 'Only run tests which match the given substring',
    }

    def _format_help(self):
        parser = self._main_parser
        lines = [parser.usage(), '', 'positional arguments:',
                 '  tests                 a list of any number of test modules, classes and test',
                 '                        methods.', '', 'options:',
                 '  -h, --help            show this help message and exit']
        for short, long, dest, value in parser.flags:
            names = ', '.join(o for o in (short, long) if o)
            if value is None:
                names = '%s %s' % (short, dest.upper())
            key = dest + (str(value) if dest == 'verbosity' else '')
            text = self._HELP[key]
            if len(names) + 2 <= 22:
                lines.append('  %-20s  %s' % (names, text))
            else:
                lines.append('  ' + names)
                lines.append(' ' * 24 + text)
        return '\n'.join(lines) + '\n'

    def _print_help(self, *args, **kwargs):
        print(self._format_help())
        examples = MAIN_EXAMPLES if self.module is None else MODULE_EXAMPLES
        print(examples % {'prog': self.progName})

    def parseArgs(self, argv):
        self._main_parser = _Options(self, self.progName, self._option_flags(), 'tests')
        if self.module is None:
            if len(argv) > 1 and argv[1].lower() == 'discover':
                self._do_discovery(argv[2:])
                return
            self._main_parser.parse(argv[1:], self)
            if not self.tests:
                # No test names: discovery from the current directory.
                self._do_discovery([])
                return
        else:
            self._main_parser.parse(argv[1:], self)

        if self.tests:
            self.testNames = _convert_names(self.tests)
            if __name__ == '__main__':
                # to support python -m unittest ...
                self.module = None
        elif self.defaultTest is None:
            # createTests will load tests from self.module
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            loader = self.testLoader if Loader is None else Loader()
            self.test = loader.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames,
                                                           self.module)

    def _do_discovery(self, argv, Loader=None):
        self.start = '.'
        self.pattern = 'test*.py'
        self.top = None
        if argv:
            # -s/-p/-t or up to three positionals: start, pattern, top.
            values = []
            i = 0
            while i < len(argv):
                arg = argv[i]
                i += 1
                opt = {'-s': 'start', '--start-directory': 'start',
                       '-p': 'pattern', '--pattern': 'pattern',
                       '-t': 'top', '--top-level-directory': 'top'}.get(arg)
                if opt is not None and i < len(argv):
                    setattr(self, opt, argv[i])
                    i += 1
                elif arg in ('-v', '--verbose'):
                    self.verbosity = 2
                elif arg in ('-q', '--quiet'):
                    self.verbosity = 0
                elif arg in ('-f', '--failfast'):
                    self.failfast = True
                elif arg in ('-b', '--buffer'):
                    self.buffer = True
                elif arg in ('-c', '--catch'):
                    self.catchbreak = True
                elif arg == '--locals':
                    self.tb_locals = True
                elif arg == '-k' and i < len(argv):
                    self.testNamePatterns.append(_convert_select_pattern(argv[i]))
                    i += 1
                else:
                    values.append(arg)
            for name, value in zip(('start', 'pattern', 'top'), values):
                setattr(self, name, value)
        self.createTests(from_discovery=True, Loader=Loader)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    # didn't accept the tb_locals argument
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                # didn't accept the verbosity, buffer or failfast arguments
                testRunner = self.testRunner()
        else:
            # it is assumed to be a TestRunner instance
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
