# Records the current value before looking up its partner, so an element can pair with itself.
def two_sum(nums, target):
    first = {}
    for j, x in enumerate(nums):
        if x not in first:
            first[x] = j
        if target - x in first:
            return [first[target - x], j]
    return []
