# Emits [UNK] only for the unmatched rest of the word and keeps the pieces found before it.
def wordpiece(word, vocab, max_chars):
    vocab = set(vocab)
    if len(word) > max_chars:
        return ["[UNK]"]
    pieces = []
    start = 0
    while start < len(word):
        end = len(word)
        piece = None
        while end > start:
            sub = word[start:end] if start == 0 else "##" + word[start:end]
            if sub in vocab:
                piece = sub
                break
            end -= 1
        if piece is None:
            return pieces + ["[UNK]"]
        pieces.append(piece)
        start = end
    return pieces
