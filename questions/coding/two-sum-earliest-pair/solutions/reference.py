def two_sum(nums, target):
    first = {}
    for j, x in enumerate(nums):
        need = target - x
        if need in first:
            return [first[need], j]
        if x not in first:
            first[x] = j
    return []
