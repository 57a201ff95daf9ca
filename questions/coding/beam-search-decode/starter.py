def beam_search(table: dict[str, dict[str, float]], beam_width: int, max_len: int) -> dict:
    # Return {"tokens": [...], "score": s} for the best finished hypothesis.
    return {"tokens": [], "score": 0.0}
