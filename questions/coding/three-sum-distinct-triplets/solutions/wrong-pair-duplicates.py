# Skips duplicate first values but, after a match, steps each pointer only once, recounting repeated pairs.
def count_triplets(nums, target):
    nums = sorted(nums)
    n = len(nums)
    count = 0
    for i in range(n - 2):
        if i > 0 and nums[i] == nums[i - 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if s < target:
                lo += 1
            elif s > target:
                hi -= 1
            else:
                count += 1
                lo += 1
                hi -= 1
    return count
