# dis of a module object (its functions and classes, sorted by name), the
# command line entry point (dis.main with sys.argv, as `python -m dis FILE`)
# and a long function: EXTENDED_ARG arguments and wide line numbers.
import dis
import sys
from _dishelp import Collector, scrub, show
import _dis_target

print('module')
show(_dis_target)

print('main')
saved_argv, saved_stdout = sys.argv, sys.stdout
sys.argv = ['dis.py', '_dis_target.py']
capture = Collector()
sys.stdout = capture
try:
    dis.main()
finally:
    sys.stdout = saved_stdout
    sys.argv = saved_argv
print(scrub(capture.text()), end='')

print('extended args')
names = ', '.join('v%d' % i for i in range(300))
source = 'def big():\n    ' + names.replace(', ', ' = 0; ') + ' = 0\n    return v299\n'
namespace = {}
exec(compile(source, 'big.py', 'exec'), namespace)
out = Collector()
dis.dis(namespace['big'], file=out)
lines = out.text().splitlines()
print(len(lines))
print('\n'.join(line for line in lines if 'EXTENDED_ARG' in line or 'v299' in line))

print('line numbers past 999')
source = '\n' * 1200 + 'def far(x):\n    return x\n'
exec(compile(source, 'far.py', 'exec'), namespace)
show(namespace['far'])
