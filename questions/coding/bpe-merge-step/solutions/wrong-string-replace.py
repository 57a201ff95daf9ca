# Merges by replacing "a b" in the space-joined word, which also matches across symbol boundaries ("ca b" -> "cab").
def bpe_merge_step(words, counts):
    freq = {}
    for word, c in zip(words, counts):
        for a, b in zip(word, word[1:]):
            freq[(a, b)] = freq.get((a, b), 0) + c
    if not freq:
        return {"pair": None, "words": [list(w) for w in words]}
    best = min(freq, key=lambda p: (-freq[p], p))
    bigram, joined = " ".join(best), "".join(best)
    merged = [" ".join(w).replace(bigram, joined).split(" ") for w in words]
    return {"pair": list(best), "words": merged}
