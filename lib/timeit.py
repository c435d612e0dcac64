"""Tool for measuring execution time of small code snippets.

This module avoids a number of common traps for measuring execution
times.  See also Tim Peters' introduction to the Algorithms chapter in
the Python Cookbook, published by O'Reilly.

Library usage: see the Timer class.

Command line usage:
    python timeit.py [-n N] [-r N] [-s S] [-p] [-h] [--] [statement]

Options:
  -n/--number N: how many times to execute 'statement' (default: see below)
  -r/--repeat N: how many times to repeat the timer (default 5)
  -s/--setup S: statement to be executed once initially (default 'pass').
                Execution time of this setup statement is NOT timed.
  -p/--process: use time.process_time() (default is time.perf_counter())
  -v/--verbose: print raw timing results; repeat for more digits precision
  -u/--unit: set the output time unit (nsec, usec, msec, or sec)
  -h/--help: print this usage message and exit
  --: separate options from statement, use when statement starts with -
  statement: statement to be timed (default 'pass')

A multi-line statement may be given by specifying each line as a
separate argument; indented lines are possible by enclosing an
argument in quotes and using leading spaces.  Multiple -s options are
treated similarly.

If -n is not given, a suitable number of loops is calculated by trying
increasing numbers from the sequence 1, 2, 5, 10, 20, 50, ... until the
total time is at least 0.2 seconds.

Note: there is a certain baseline overhead associated with executing a
pass statement.  It differs between versions.  The code here doesn't try
to hide it, but you should be aware of it.  The baseline overhead can be
measured by invoking the program without arguments.

Classes:

    Timer

Functions:

    timeit(string, string) -> float
    repeat(string, string) -> list
    default_timer() -> float

"""
import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# The timed function: setup once, then the statement in a loop over `_it`
# (itertools.repeat, so the loop itself costs as little as possible).
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """Helper to reindent a multi-line statement."""
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Class for timing execution speed of small code snippets.

    stmt and setup are strings of code or callables without arguments;
    timer is the clock (default time.perf_counter); globals is the
    namespace the code runs in (default this module's).
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        self.timer = timer
        namespace = {}
        global_ns = _globals() if globals is None else globals
        extra_params = ''
        if isinstance(setup, str):
            # Refuse code that only compiles inside a function.
            compile(setup, dummy_src_name, "exec")
            prefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            namespace['_setup'] = setup
            extra_params += ', _setup=_setup'
            prefix = ''
            setup = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(prefix + stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            namespace['_stmt'] = stmt
            extra_params += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = template.format(stmt=stmt, setup=setup, init=extra_params)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, namespace)
        self.inner = namespace["inner"]

    def print_exc(self, file=None):
        """Print the current exception's traceback, showing the lines of
        the generated source."""
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None,
                                               self.src.split("\n"),
                                               dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by `number` executions of the statement (setup run
        once before; the garbage collector is off meanwhile)."""
        loops = itertools.repeat(None, number)
        gc_was_on = gc.isenabled()
        gc.disable()
        try:
            elapsed = self.inner(loops, self.timer)
        finally:
            if gc_was_on:
                gc.enable()
        return elapsed

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, time taken) for the first number in 1, 2, 5, 10, 20, 50,
        ... whose total time reaches 0.2 seconds; callback(number,
        time_taken) after each trial."""
        base = 1
        while True:
            for factor in (1, 2, 5):
                number = base * factor
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            base *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


class _OptionError(Exception):
    pass


def _parse_options(args, short, long_names):
    # getopt.getopt's rules and messages, for main().
    opts = []
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        arg = args.pop(0)
        if arg == '--':
            break
        if arg.startswith('--'):
            name, eq, value = arg[2:].partition('=')
            matches = [n for n in long_names if n.rstrip('=').startswith(name)]
            exact = [n for n in matches if n.rstrip('=') == name]
            if exact:
                matches = exact
            if not matches:
                raise _OptionError(f'option --{name} not recognized')
            if len(matches) > 1:
                raise _OptionError(f'option --{name} not a unique prefix')
            full = matches[0]
            if full.endswith('='):
                if not eq:
                    if not args:
                        raise _OptionError(f'option --{full[:-1]} requires argument')
                    value = args.pop(0)
                opts.append(('--' + full[:-1], value))
            else:
                if eq:
                    raise _OptionError(f'option --{full} must not have an argument')
                opts.append(('--' + full, ''))
            continue
        letters = arg[1:]
        while letters:
            letter, letters = letters[0], letters[1:]
            i = short.find(letter)
            if letter == ':' or i < 0:
                raise _OptionError(f'option -{letter} not recognized')
            if short.startswith(':', i + 1):
                if not letters:
                    if not args:
                        raise _OptionError(f'option -{letter} requires argument')
                    letters = args.pop(0)
                opts.append(('-' + letter, letters))
                letters = ''
            else:
                opts.append(('-' + letter, ''))
    return opts, args


def main(args=None, *, _wrap_timer=None):
    """Main program, used when run as a script.

    The optional 'args' argument specifies the command line to be parsed,
    defaulting to sys.argv[1:].

    The return value is an exit code to be passed to sys.exit(); it
    may be None to indicate success.

    When an exception happens during timing, a traceback is printed to
    stderr and the return value is 1.  Exceptions at other times
    (including the template compilation) are not caught.

    '_wrap_timer' is an internal interface used for unit testing.  If it
    is not None, it must be a callable that accepts a timer function
    and returns another timer function (used for unit testing).
    """
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = _parse_options(args, "n:u:s:r:tcpvh",
                                    ["number=", "setup=", "repeat=",
                                     "time", "clock", "process",
                                     "verbose", "unit=", "help"])
    except _OptionError as err:
        print(err)
        print("use -h/--help for command line help")
        return 2

    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0
    setup = []
    repeat = default_repeat
    verbose = 0
    time_unit = None
    units = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}
    precision = 3
    for o, a in opts:
        if o in ("-n", "--number"):
            number = int(a)
        if o in ("-s", "--setup"):
            setup.append(a)
        if o in ("-u", "--unit"):
            if a not in units:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                      file=sys.stderr)
                return 2
            time_unit = a
        if o in ("-r", "--repeat"):
            repeat = max(int(a), 1)
        if o in ("-p", "--process"):
            timer = time.process_time
        if o in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        if o in ("-h", "--help"):
            print(__doc__, end=' ')
            return 0
    setup = "\n".join(setup) or "pass"

    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, time_taken):
                print("{num} loop{s} -> {secs:.{prec}g} secs".format(
                    num=number, s='s' if number != 1 else '',
                    secs=time_taken, prec=precision))
        try:
            number, _ = t.autorange(callback)
        except:
            t.print_exc()
            return 1
        if verbose:
            print()

    try:
        raw_timings = t.repeat(repeat, number)
    except:
        t.print_exc()
        return 1

    def format_time(dt):
        if time_unit is not None:
            unit, scale = time_unit, units[time_unit]
        else:
            for unit, scale in sorted(units.items(), key=lambda item: -item[1]):
                if dt >= scale:
                    break
        return "%.*g %s" % (precision, dt / scale, unit)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw_timings)))
        print()
    timings = [dt / number for dt in raw_timings]
    best = min(timings)
    worst = max(timings)
    print("%d loop%s, best of %d: %s per loop"
          % (number, 's' if number != 1 else '', repeat, format_time(best)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. "
                               "The worst time (%s) was more than four times "
                               "slower than the best time (%s)."
                               % (format_time(worst), format_time(best)),
                               UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
