def task(i):
    if i % 2:
        raise ValueError(f"odd {i}")
    raise KeyError(i)

errors = []
for i in range(3):
    try:
        task(i)
    except Exception as e:
        errors.append(e)
inner = ExceptionGroup("inner batch", errors[:2])
outer = ExceptionGroup("all tasks", [inner, errors[2]])
outer.add_note("while running the batch")
raise outer
