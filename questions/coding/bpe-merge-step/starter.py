def bpe_merge_step(words: list[list[str]], counts: list[int]) -> dict:
    # Return {"pair": [left, right] or None, "words": merged words}.
    return {"pair": None, "words": words}
