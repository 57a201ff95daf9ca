def bpe_merge_step(words, counts):
    freq = {}
    for word, c in zip(words, counts):
        for a, b in zip(word, word[1:]):
            freq[(a, b)] = freq.get((a, b), 0) + c
    if not freq:
        return {"pair": None, "words": [list(w) for w in words]}
    best = min(freq, key=lambda p: (-freq[p], p))
    merged = []
    for word in words:
        out, i = [], 0
        while i < len(word):
            if i + 1 < len(word) and word[i] == best[0] and word[i + 1] == best[1]:
                out.append(word[i] + word[i + 1])
                i += 2
            else:
                out.append(word[i])
                i += 1
        merged.append(out)
    return {"pair": list(best), "words": merged}
