# Greedy search: always takes the single best next token, ignoring the beam width.
def beam_search(table, beam_width, max_len):
    seq, score = [], 0.0
    for _ in range(max_len):
        options = table[" ".join(seq)]
        tok = min(options, key=lambda t: (-options[t], t))
        seq.append(tok)
        score += options[tok]
        if tok == "</s>":
            break
    return {"tokens": seq, "score": score}
