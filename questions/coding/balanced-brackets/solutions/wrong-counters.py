# Keeps one counter per bracket type, which checks the counts but not the nesting order ("([)]" passes).
def is_balanced(code):
    depth = {"(": 0, "[": 0, "{": 0}
    opener = {")": "(", "]": "[", "}": "{"}
    for ch in code:
        if ch in depth:
            depth[ch] += 1
        elif ch in opener:
            depth[opener[ch]] -= 1
            if depth[opener[ch]] < 0:
                return False
    return all(v == 0 for v in depth.values())
