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
                v_lo, v_hi = nums[lo], nums[hi]
                while lo < hi and nums[lo] == v_lo:
                    lo += 1
                while lo < hi and nums[hi] == v_hi:
                    hi -= 1
    return count
