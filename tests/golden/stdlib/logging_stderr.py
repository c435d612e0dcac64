# logging's default output on stderr: lastResort before any configuration,
# then the module-level functions' implicit basicConfig (BASIC_FORMAT),
# exception() tracebacks.
import logging

logging.getLogger('x').error('lastResort line %d', 1)
logging.getLogger('x').info('below WARNING: dropped')
print('stdout 1')
logging.info('dropped: root level is WARNING')
logging.warning('implicit basicConfig %s', 'happened')
logging.getLogger('pkg.mod').critical('named logger')


def fail():
    return {}['missing']


try:
    fail()
except KeyError:
    logging.exception('lookup failed')
print('stdout 2')
logging.getLogger().setLevel(logging.DEBUG)
logging.debug('now visible')
print(logging.root.handlers, logging.root.handlers[0].formatter._fmt)
