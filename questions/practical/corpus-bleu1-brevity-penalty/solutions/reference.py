import math
from collections import Counter


def corpus_bleu1(candidates, references):
    matches = C = R = 0
    for cand, refs in zip(candidates, references):
        c = cand.split()
        ref_toks = [r.split() for r in refs]
        max_ref = Counter()
        for rt in ref_toks:
            for w, n in Counter(rt).items():
                max_ref[w] = max(max_ref[w], n)
        matches += sum(min(n, max_ref[w]) for w, n in Counter(c).items())
        C += len(c)
        R += min((abs(len(rt) - len(c)), len(rt)) for rt in ref_toks)[1]
    if C == 0:
        return 0.0
    bp = 1.0 if C > R else math.exp(1 - R / C)
    return bp * matches / C
