# datetime.strftime: years below 1000, ISO week fields, %f/%z/%Z expansion (with '%' in names), sub-minute offsets.
from datetime import *
for d in [datetime(5, 1, 1), datetime(999, 12, 31, 23, 59), datetime(1899, 6, 15), datetime(9999, 12, 31)]:
    print(d.strftime('%Y|%y|%G|%V|%u|%e|%D|%F|%T|%R|%h|%c|%x|%X'))
print(time(1, 2, 3).strftime('%H %M %S %Y %j'), date(2020, 1, 1).strftime('%H:%M %%f=%f %z|%Z'), datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=-5, minutes=-30), '%Z%')).strftime('%z %Z'))
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(seconds=-3725, microseconds=5))).strftime('%z'))
