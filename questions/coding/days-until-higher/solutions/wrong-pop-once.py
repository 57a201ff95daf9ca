# Resolves at most one waiting day per new day (if instead of while), leaving earlier days unanswered.
def days_until_higher(scores):
    wait = [0] * len(scores)
    stack = []
    for i, s in enumerate(scores):
        if stack and scores[stack[-1]] < s:
            j = stack.pop()
            wait[j] = i - j
        stack.append(i)
    return wait
