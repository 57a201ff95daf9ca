# Removes duplicate values up front, losing triplets that use a value twice or three times.
def count_triplets(nums, target):
    a = sorted(set(nums))
    n = len(a)
    count = 0
    for i in range(n - 2):
        lo, hi = i + 1, n - 1
        while lo < hi:
            s = a[i] + a[lo] + a[hi]
            if s < target:
                lo += 1
            elif s > target:
                hi -= 1
            else:
                count += 1
                lo += 1
                hi -= 1
    return count
