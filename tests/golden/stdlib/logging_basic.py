# logging: lastResort output, basicConfig, the logger hierarchy and levels,
# the three format styles, handlers, filters, exception()/stack_info,
# LoggerAdapter, disable, captureWarnings, FileHandler and the errors.
import io
import logging
import sys
import warnings

sys.stderr = sys.stdout  # keep everything in one ordered stream

logging.getLogger('early').warning('lastResort: %s', 'plain message')
logging.getLogger('early').info('not shown')
print(repr(logging.getLogger()), repr(logging.getLogger('a.b')), logging.lastResort)
print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(33),
      logging.getLevelName('NOPE'))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'), sorted(logging.getLevelNamesMapping())[:3])

stream = io.StringIO()
logging.basicConfig(stream=stream, level=logging.DEBUG,
                    format='%(levelname)s|%(name)s|%(funcName)s|%(lineno)d|%(message)s')
logging.basicConfig(level=logging.ERROR)  # ignored: root has a handler
log = logging.getLogger('app')


def work():
    log.debug('debug %d', 1)
    log.info('info %s', 'two')
    log.warning('warning %(k)s', {'k': 'mapped'})
    log.error('error')
    log.critical('critical')
    log.log(25, 'notice level')


work()
print(stream.getvalue(), end='')
print(logging.root.level, log.getEffectiveLevel(), log.isEnabledFor(5), log.parent is logging.root)

# Hierarchy and propagation.
child = logging.getLogger('app.db.pool')
mid = logging.getLogger('app.db')
print(child.parent is mid, mid.parent is log, log.getChild('db') is mid)
out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter('[%(name)s] %(levelname)-8s %(message)s'))
mid.addHandler(h)
mid.setLevel(logging.WARNING)
child.info('dropped')
child.warning('kept by mid and root')
mid.propagate = False
child.error('only mid')
print(out.getvalue(), end='')
print(repr(mid), repr(h), mid.hasHandlers(), logging.getLogger('zzz').hasHandlers())

# Styles.
rec = logging.makeLogRecord({'name': 'n', 'levelname': 'INFO', 'levelno': 20, 'msg': 'hi %s',
                             'args': ('there',), 'created': 0.0, 'msecs': 5.0})
for fmt, style in [('%(levelname)s:%(message)s', '%'), ('{levelname}:{message!r:>12}', '{'),
                   ('$levelname:${message}', '$'), ('%(asctime)s %(message)s', '%')]:
    f = logging.Formatter(fmt, style=style)
    f.converter = __import__('time').gmtime
    print(f.format(rec), f.usesTime())
f = logging.Formatter('%(message)s %(extra_field)s', defaults={'extra_field': 'dflt'})
print(f.format(rec))
f = logging.Formatter(datefmt='%Y/%m/%d')
f.converter = __import__('time').gmtime
print(f.formatTime(rec, '%Y/%m/%d'), logging.Formatter('%(message)s').format(rec))
for bad in [('no fields', '%'), ('{0}', '{'), ('$$', '$'), ('x', '#')]:
    try:
        logging.Formatter(*bad[:1], style=bad[1])
    except ValueError as e:
        print('ValueError', e)
try:
    logging.Formatter('%(missing)s').format(rec)
except ValueError as e:
    print('ValueError', e)

# Exceptions and stack info.
out2 = io.StringIO()
h2 = logging.StreamHandler(out2)
h2.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
elog = logging.getLogger('exc')
elog.propagate = False
elog.addHandler(h2)
try:
    1 / 0
except ZeroDivisionError:
    elog.exception('failed: %s', 'division')
    elog.error('with exc_info', exc_info=True)
elog.error('instance', exc_info=ValueError('bad value'))
text = out2.getvalue()
print(text.replace(__file__, 'FILE'))


def deep():
    elog.warning('stack', stack_info=True)


out2.truncate(0)
out2.seek(0)
deep()
print(out2.getvalue().splitlines()[0:2], out2.getvalue().splitlines()[-2:])

# Filters.
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


flog = logging.getLogger('filt')
flog.propagate = False
fout = io.StringIO()
fh = logging.StreamHandler(fout)
flog.addHandler(fh)
flog.addFilter(OnlyOdd())
fh.addFilter(lambda r: r.args[0] != 3)
for i in range(6):
    flog.warning('n=%d', i)
print(fout.getvalue().split())
nf = logging.Filter('a.b')
for name in ['a.b', 'a.b.c', 'a.bc', 'a']:
    print(name, nf.filter(logging.makeLogRecord({'name': name})))

# LoggerAdapter and extra.
class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['id'], msg), kwargs


aout = io.StringIO()
alog = logging.getLogger('adapt')
alog.propagate = False
ah = logging.StreamHandler(aout)
ah.setFormatter(logging.Formatter('%(message)s user=%(user)s'))
alog.addHandler(ah)
alog.warning('direct', extra={'user': 'bob'})
ad = logging.LoggerAdapter(alog, {'user': 'ann'})
ad.warning('via adapter %d', 7)
print(aout.getvalue(), end='')
print(repr(ad), ad.name, ad.isEnabledFor(logging.DEBUG))
ah.setFormatter(logging.Formatter('%(message)s'))
Ctx(alog, {'id': 42}).error('ctx')
print(aout.getvalue().splitlines()[-1])
try:
    alog.warning('x', extra={'message': 1})
except KeyError as e:
    print('KeyError', e)

# disable
logging.disable(logging.ERROR)
alog.error('disabled')
alog.critical('critical passes')
logging.disable(logging.NOTSET)
alog.error('enabled again')
print(aout.getvalue().splitlines()[-2:])

# Levels errors.
for bad in ['LOUD', 3.5]:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    log.log('INFO', 'x')
except TypeError as e:
    print('TypeError', e)
try:
    logging.basicConfig(stream=io.StringIO(), filename='x', force=True)
except ValueError as e:
    print('ValueError', e)
try:
    logging.basicConfig(force=True, bogus=1, stream=io.StringIO())
except ValueError as e:
    print('ValueError', e)

# FileHandler
logging.basicConfig(filename='_log_tmp.txt', filemode='w', force=True, format='%(name)s:%(message)s')
logging.getLogger('file').warning('to the file')
logging.root.handlers[0].close()
with open('_log_tmp.txt') as fp:
    print(repr(fp.read()))
import os
os.remove('_log_tmp.txt')

# captureWarnings
wout = io.StringIO()
wlog = logging.getLogger('py.warnings')
wh = logging.StreamHandler(wout)
wh.setFormatter(logging.Formatter('%(name)s %(levelname)s %(message)s'))
wlog.addHandler(wh)
logging.captureWarnings(True)
warnings.warn('captured!', UserWarning)
logging.captureWarnings(False)
print(wout.getvalue().replace(__file__, 'FILE'), end='')

# A handler whose emit fails reports through handleError.
logging.basicConfig(stream=io.StringIO(), force=True)
errors = io.StringIO()
sys.stderr = errors
logging.getLogger('broken').error('%d', 'not a number')
sys.stderr = sys.stdout
print([line for line in errors.getvalue().splitlines() if not line.startswith(' ')])
print('after handleError')
logging.raiseExceptions = False
logging.getLogger('broken').error('%d', 'quiet')
print('done')
