/** True if (), [] and {} are properly matched and nested; other characters are ignored. */
export function isBalanced(code: string): boolean {
  return false;
}
