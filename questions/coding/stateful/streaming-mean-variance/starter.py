class RunningStats:
    def __init__(self):
        pass

    def push(self, x):
        pass

    def count(self):
        pass

    def mean(self):
        pass

    def variance(self):
        pass
