# Averages sentence-level BLEU-1 scores instead of pooling matches and lengths over the corpus.
import math
from collections import Counter


def corpus_bleu1(candidates, references):
    if not candidates:
        return 0.0
    scores = []
    for cand, refs in zip(candidates, references):
        c = cand.split()
        ref_toks = [r.split() for r in refs]
        if not c:
            scores.append(0.0)
            continue
        max_ref = Counter()
        for rt in ref_toks:
            for w, n in Counter(rt).items():
                max_ref[w] = max(max_ref[w], n)
        m = sum(min(n, max_ref[w]) for w, n in Counter(c).items())
        r = min((abs(len(rt) - len(c)), len(rt)) for rt in ref_toks)[1]
        bp = 1.0 if len(c) > r else math.exp(1 - r / len(c))
        scores.append(bp * m / len(c))
    return sum(scores) / len(scores)
