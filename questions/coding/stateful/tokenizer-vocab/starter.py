class Vocab:
    def __init__(self, unk_token):
        pass

    def add(self, token):
        pass

    def encode(self, text):
        pass

    def decode(self, ids):
        pass

    def size(self):
        pass
