# Keys on the set of distinct letters, ignoring how many times each occurs ("aab" joins "abb").
def group_anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(set(w))), []).append(w)
    return list(groups.values())
