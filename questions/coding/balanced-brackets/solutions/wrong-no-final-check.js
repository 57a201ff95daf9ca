// Returns true once the scan finds no mismatch, forgetting that unclosed openers may remain on the stack.
function isBalanced(code) {
  const partner = { ")": "(", "]": "[", "}": "{" };
  const stack = [];
  for (const ch of code) {
    if (ch === "(" || ch === "[" || ch === "{") stack.push(ch);
    else if (ch in partner) {
      if (stack.length === 0 || stack.pop() !== partner[ch]) return false;
    }
  }
  return true;
}
