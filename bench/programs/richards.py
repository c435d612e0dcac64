"""richards: Martin Richards' simulation of an operating-system kernel.

Six tasks (idle, worker, two handlers, two devices) exchange packets
through a priority scheduler. One run of the idle task's 10000 counts
queues 23246 packets and holds a task 9297 times; the program runs the
simulation N times and checks those counts every time.
"""
import sys

DEFAULT_SIZE = 28
SMOKE_SIZE = 1

BUFSIZE = 4
I_IDLE, I_WORK, I_HANDLER_A, I_HANDLER_B, I_DEV_A, I_DEV_B = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK = 1000, 1001


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class IdleRecord:
    def __init__(self, control, count):
        self.control = control
        self.count = count


class WorkerRecord:
    def __init__(self):
        self.destination = I_HANDLER_A
        self.count = 0


class HandlerRecord:
    def __init__(self):
        self.work_in = None
        self.device_in = None


class DeviceRecord:
    def __init__(self):
        self.pending = None


class Task:
    """A task control block: priority, input queue and the three state bits."""

    def __init__(self, kernel, ident, priority, queue, record, waiting):
        self.kernel = kernel
        self.link = kernel.tasks
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.record = record
        self.packet_pending = queue is not None
        self.waiting = waiting
        self.holding = False
        kernel.tasks = self
        kernel.table[ident] = self

    def held_or_waiting(self):
        return self.holding or (not self.packet_pending and self.waiting)

    def add_packet(self, current, packet):
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.input = packet.append_to(self.input)
        return current

    def run(self):
        packet = None
        if self.packet_pending and self.waiting and not self.holding:
            packet = self.input
            self.input = packet.link
            self.waiting = False
            self.packet_pending = self.input is not None
        return self.step(packet)


class IdleTask(Task):
    def step(self, packet):
        rec = self.record
        k = self.kernel
        rec.count -= 1
        if rec.count == 0:
            return k.hold_self()
        if rec.control & 1 == 0:
            rec.control >>= 1
            return k.release(I_DEV_A)
        rec.control = (rec.control >> 1) ^ 0xD008
        return k.release(I_DEV_B)


class WorkerTask(Task):
    def step(self, packet):
        k = self.kernel
        if packet is None:
            return k.wait()
        rec = self.record
        rec.destination = I_HANDLER_B if rec.destination == I_HANDLER_A else I_HANDLER_A
        packet.ident = rec.destination
        packet.datum = 0
        for i in range(BUFSIZE):
            rec.count += 1
            if rec.count > 26:
                rec.count = 1
            packet.data[i] = ord("A") + rec.count - 1
        return k.queue_packet(packet)


class HandlerTask(Task):
    def step(self, packet):
        rec = self.record
        k = self.kernel
        if packet is not None:
            if packet.kind == K_WORK:
                rec.work_in = packet.append_to(rec.work_in)
            else:
                rec.device_in = packet.append_to(rec.device_in)
        work = rec.work_in
        if work is not None:
            count = work.datum
            if count >= BUFSIZE:
                rec.work_in = work.link
                return k.queue_packet(work)
            device = rec.device_in
            if device is not None:
                rec.device_in = device.link
                device.datum = work.data[count]
                work.datum = count + 1
                return k.queue_packet(device)
        return k.wait()


class DeviceTask(Task):
    def step(self, packet):
        rec = self.record
        k = self.kernel
        if packet is None:
            packet = rec.pending
            if packet is None:
                return k.wait()
            rec.pending = None
            return k.queue_packet(packet)
        rec.pending = packet
        return k.hold_self()


class Kernel:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 7
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def find(self, ident):
        return self.table[ident]

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.holding = True
        return self.current.link

    def release(self, ident):
        task = self.find(ident)
        task.holding = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def queue_packet(self, packet):
        target = self.find(packet.ident)
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return target.add_packet(self.current, packet)

    def schedule(self):
        task = self.tasks
        while task is not None:
            if task.held_or_waiting():
                task = task.link
            else:
                self.current = task
                task = task.run()


def simulate():
    k = Kernel()
    IdleTask(k, I_IDLE, 0, None, IdleRecord(1, 10000), False)
    queue = Packet(None, 0, K_WORK)
    queue = Packet(queue, 0, K_WORK)
    WorkerTask(k, I_WORK, 1000, queue, WorkerRecord(), True)
    for ident, device, priority in ((I_HANDLER_A, I_DEV_A, 2000), (I_HANDLER_B, I_DEV_B, 3000)):
        queue = Packet(None, device, K_DEV)
        queue = Packet(queue, device, K_DEV)
        queue = Packet(queue, device, K_DEV)
        HandlerTask(k, ident, priority, queue, HandlerRecord(), True)
    DeviceTask(k, I_DEV_A, 4000, None, DeviceRecord(), True)
    DeviceTask(k, I_DEV_B, 5000, None, DeviceRecord(), True)
    k.schedule()
    return k.queue_count, k.hold_count


def main(n):
    results = set()
    for _ in range(n):
        results.add(simulate())
    if len(results) != 1:
        return "richards %d: runs disagree" % n
    queued, held = results.pop()
    ok = "ok" if (queued, held) == (23246, 9297) else "WRONG"
    return "richards %d: %d packets queued, %d holds (%s)" % (n, queued, held, ok)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
