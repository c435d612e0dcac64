# The RuntimeWarning for a coroutine that is never awaited.
async def job():
    return 1


def make():
    return job()


c = job()
del c  # warned here
for i in range(3):
    job()  # warned once for this line
c = make()
c.close()  # closing suppresses the warning
print("end")
