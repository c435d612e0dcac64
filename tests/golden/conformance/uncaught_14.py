# Uncaught exception raised inside a finally block while another is propagating
def process(items):
    try:
        for item in items:
            print("processing", item)
            if item < 0:
                raise ValueError(f"negative item {item}")
    finally:
        print("closing resources")
        summary = {"count": len(items)}
        print(summary["total"])


process([3, 1, -2, 5])
