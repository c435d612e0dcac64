lambda x: (yield)
async = 1
