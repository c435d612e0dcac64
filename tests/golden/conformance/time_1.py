# time module: deterministic parts (gmtime, strftime, struct_time), timing without printing times
import time

epoch = time.gmtime(0)
print(epoch)
print(epoch.tm_year, epoch.tm_wday, epoch[:6], len(epoch), type(epoch).__name__)
moment = time.gmtime(1700000000)
print(time.strftime("%Y-%m-%d %H:%M:%S", moment))
print(time.strftime("%A %d %B %Y, day %j of the year", moment))
print(time.asctime(moment))
custom = time.struct_time((2024, 2, 29, 12, 30, 0, 3, 60, 0))
print(custom)
print(time.strftime("%d/%m/%y %I:%M %p", custom))
start = time.perf_counter()
total = sum(i * i for i in range(10000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, type(elapsed).__name__)
t0 = time.monotonic()
time.sleep(0.01)
print(time.monotonic() - t0 >= 0.005)
print(isinstance(time.time(), float), isinstance(time.time_ns(), int))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.strftime("%Y", "not a tuple")
except TypeError as e:
    print("TypeError:", e)
days = (time.mktime(custom) - time.mktime(time.struct_time((2024, 1, 1, 12, 30, 0, 0, 1, 0)))) / 86400
print("days between:", round(days))
