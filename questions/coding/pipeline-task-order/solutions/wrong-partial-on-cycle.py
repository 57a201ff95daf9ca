# Never checks that every task ran, so a cyclic pipeline returns a partial order instead of [].
import heapq


def task_order(n, deps):
    after = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in deps:
        after[b].append(a)
        waiting[a] += 1
    ready = [t for t in range(n) if waiting[t] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        t = heapq.heappop(ready)
        order.append(t)
        for a in after[t]:
            waiting[a] -= 1
            if waiting[a] == 0:
                heapq.heappush(ready, a)
    return order
