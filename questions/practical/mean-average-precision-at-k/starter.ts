/** Mean of AP@k over queries with at least one relevant item (0 if none). */
export function mapAtK(recommended: string[][], relevant: string[][], k: number): number {
  return 0;
}
