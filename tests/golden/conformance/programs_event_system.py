# Observer pattern with weak coupling: subjects, observers, bound methods as callbacks
class Subject:
    def __init__(self, name):
        self.name = name
        self._observers = []

    def subscribe(self, callback):
        if callback in self._observers:
            return False
        self._observers.append(callback)
        return True

    def unsubscribe(self, callback):
        self._observers.remove(callback)

    def notify(self, event, **data):
        return [cb(self.name, event, **data) for cb in list(self._observers)]


class Logger:
    def __init__(self):
        self.lines = []

    def log(self, source, event, **data):
        details = ", ".join(f"{k}={v}" for k, v in sorted(data.items()))
        self.lines.append(f"[{source}] {event} {details}".strip())
        return len(self.lines)


class Counter:
    def __init__(self):
        self.counts = {}

    def __call__(self, source, event, **data):
        self.counts[event] = self.counts.get(event, 0) + 1
        return self.counts[event]


door = Subject("door")
log, count = Logger(), Counter()
print(door.subscribe(log.log), door.subscribe(count), door.subscribe(log.log))
print(log.log == log.log, log.log is log.log, log.log == Logger().log)
print(door.notify("open", by="ann"), door.notify("close"), door.notify("open", by="bob", forced=True))
door.unsubscribe(log.log)
print(door.notify("open"), log.lines, count.counts)
try:
    door.unsubscribe(log.log)
except ValueError as e:
    print("ValueError:", e)
once_calls = []


def once(source, event, **data):
    once_calls.append(event)
    door.unsubscribe(once)
    return "once"


door.subscribe(once)
print(door.notify("ring"), door.notify("ring"), once_calls)
print(type(log.log).__name__, log.log.__name__, log.log.__self__ is log, hasattr(log.log, "__func__"))
