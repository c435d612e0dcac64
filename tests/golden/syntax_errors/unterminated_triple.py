print("start")
doc = """never
closed
