def days_until_higher(scores):
    wait = [0] * len(scores)
    stack = []
    for i, s in enumerate(scores):
        while stack and scores[stack[-1]] < s:
            j = stack.pop()
            wait[j] = i - j
        stack.append(i)
    return wait
