class HitCounter:
    def __init__(self, window):
        pass

    def hit(self, t):
        pass

    def count(self, t):
        pass
