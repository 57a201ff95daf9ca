# Tries the shortest candidate first instead of the longest.
def wordpiece(word, vocab, max_chars):
    vocab = set(vocab)
    if len(word) > max_chars:
        return ["[UNK]"]
    pieces = []
    start = 0
    while start < len(word):
        end = start + 1
        piece = None
        while end <= len(word):
            sub = word[start:end] if start == 0 else "##" + word[start:end]
            if sub in vocab:
                piece = sub
                break
            end += 1
        if piece is None:
            return ["[UNK]"]
        pieces.append(piece)
        start = end
    return pieces
