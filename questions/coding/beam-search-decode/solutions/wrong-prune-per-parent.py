# Keeps the B best children of each hypothesis instead of the B best candidates overall, so the beam grows.
def _key(h):
    return (-h[1], " ".join(h[0]))


def beam_search(table, beam_width, max_len):
    beam, finished = [([], 0.0)], []
    for _ in range(max_len):
        new = []
        for seq, score in beam:
            kids = sorted(((seq + [t], score + lp) for t, lp in table[" ".join(seq)].items()), key=_key)
            new += kids[:beam_width]
        beam = []
        for h in new:
            (finished if h[0][-1] == "</s>" else beam).append(h)
        if not beam:
            break
    finished += beam
    tokens, score = min(finished, key=_key)
    return {"tokens": tokens, "score": score}
