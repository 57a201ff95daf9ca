function isBalanced(code) {
  const partner = { ")": "(", "]": "[", "}": "{" };
  const stack = [];
  for (const ch of code) {
    if (ch === "(" || ch === "[" || ch === "{") stack.push(ch);
    else if (ch in partner) {
      if (stack.length === 0 || stack.pop() !== partner[ch]) return false;
    }
  }
  return stack.length === 0;
}
