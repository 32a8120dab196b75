export class UnionFind {
  private readonly parent: Int32Array
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i)
  }
  find(x: number): number {
    let r = x
    while (this.parent[r] !== r) r = this.parent[r]!
    while (this.parent[x] !== r) {
      const next = this.parent[x]!
      this.parent[x] = r
      x = next
    }
    return r
  }
  union(a: number, b: number): void {
    const ra = this.find(a)
    const rb = this.find(b)
    // the smaller index becomes the root: independent of the order pairs arrive in
    if (ra < rb) this.parent[rb] = ra
    else if (rb < ra) this.parent[ra] = rb
  }
}
