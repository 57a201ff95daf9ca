# Keys on the sum of character codes, a lossy hash: "ad" and "bc" collide.
def group_anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault(sum(map(ord, w)), []).append(w)
    return list(groups.values())
