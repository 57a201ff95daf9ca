# Kahn's algorithm with a FIFO queue: a valid order, but a task unblocked later can be smaller than ones already queued.
from collections import deque


def task_order(n, deps):
    after = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in deps:
        after[b].append(a)
        waiting[a] += 1
    ready = deque(t for t in range(n) if waiting[t] == 0)
    order = []
    while ready:
        t = ready.popleft()
        order.append(t)
        for a in after[t]:
            waiting[a] -= 1
            if waiting[a] == 0:
                ready.append(a)
    return order if len(order) == n else []
