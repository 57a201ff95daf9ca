class MovingAverage:
    def __init__(self, size):
        pass

    def next(self, value):
        pass
