# Lets negative ids through (Python indexes from the end).

class Vocab:
    def __init__(self, unk_token):
        self.tokens = [unk_token]
        self.ids = {unk_token: 0}

    def add(self, token):
        if token not in self.ids:
            self.ids[token] = len(self.tokens)
            self.tokens.append(token)
        return self.ids[token]

    def encode(self, text):
        return [self.ids.get(t, 0) for t in text.split()]

    def decode(self, ids):
        out = []
        for i in ids:
            if not isinstance(i, int) or i >= len(self.tokens):
                raise ValueError("unknown token id " + str(i))
            out.append(self.tokens[i])
        return " ".join(out)

    def size(self):
        return len(self.tokens)
