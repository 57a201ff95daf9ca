# Stops as soon as any kept hypothesis ends in </s> and returns it, although a better one may still finish later.
def _key(h):
    return (-h[1], " ".join(h[0]))


def beam_search(table, beam_width, max_len):
    beam = [([], 0.0)]
    for _ in range(max_len):
        cand = [(seq + [t], s + lp) for seq, s in beam for t, lp in table[" ".join(seq)].items()]
        cand.sort(key=_key)
        kept = cand[:beam_width]
        done = [h for h in kept if h[0][-1] == "</s>"]
        if done:
            return {"tokens": done[0][0], "score": done[0][1]}
        beam = kept
    tokens, score = min(beam, key=_key)
    return {"tokens": tokens, "score": score}
