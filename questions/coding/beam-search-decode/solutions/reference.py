END = "</s>"


def _key(h):
    return (-h[1], " ".join(h[0]))


def beam_search(table, beam_width, max_len):
    beam = [([], 0.0)]
    finished = []
    for _ in range(max_len):
        cand = []
        for seq, score in beam:
            for tok, lp in table[" ".join(seq)].items():
                cand.append((seq + [tok], score + lp))
        cand.sort(key=_key)
        beam = []
        for seq, score in cand[:beam_width]:
            (finished if seq[-1] == END else beam).append((seq, score))
        if not beam:
            break
    finished += beam
    tokens, score = min(finished, key=_key)
    return {"tokens": tokens, "score": score}
