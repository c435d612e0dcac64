# tb_lasti of each frame of a traceback, and dis.distb()/Bytecode.from_traceback
# marking it with "-->": in a caller frame, CPython 3.11 reports the offset of
# the CALL instruction's last inline-cache entry (so no listed instruction
# carries the marker unless caches are shown).
import dis
from _dishelp import Collector


def fails(n):
    return 10 // n


def middle():
    value = fails(0)
    return value + 1


try:
    middle()
except ZeroDivisionError as e:
    tb = e.__traceback__

frame_tb = tb
while frame_tb:
    print(frame_tb.tb_frame.f_code.co_name, frame_tb.tb_lasti, frame_tb.tb_lineno)
    frame_tb = frame_tb.tb_next

middle_tb = tb.tb_next
for caches in (False, True):
    out = Collector()
    dis.distb(middle_tb, file=out, show_caches=caches)
    print(out.text(), end='')
    print('-' * 20)
print(dis.Bytecode.from_traceback(tb).current_offset)
