def wordpiece(word: str, vocab: list[str], max_chars: int) -> list[str]:
    # Greedy longest-match-first WordPiece; continuation pieces carry "##".
    return []
