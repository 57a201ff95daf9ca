# Overwrites the stored index on every duplicate, so it pairs with the last occurrence, not the first.
def two_sum(nums, target):
    seen = {}
    for j, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], j]
        seen[x] = j
    return []
