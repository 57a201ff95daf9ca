# Searches depth-first with a stack and returns the first path found, which need not be the shortest.
def shortest_path(grid):
    rows, cols = len(grid), len(grid[0])
    if grid[0][0] == "#" or grid[-1][-1] == "#":
        return -1
    seen = {(0, 0)}
    stack = [(0, 0, 0)]
    while stack:
        r, c, d = stack.pop()
        if r == rows - 1 and c == cols - 1:
            return d
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in seen:
                seen.add((nr, nc))
                stack.append((nr, nc, d + 1))
    return -1
