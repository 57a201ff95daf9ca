// Splits on single spaces, producing empty tokens.

class Vocab {
  constructor(unkToken) {
    this.tokens = [unkToken];
    this.ids = new Map([[unkToken, 0]]);
  }

  add(token) {
    if (!this.ids.has(token)) {
      this.ids.set(token, this.tokens.length);
      this.tokens.push(token);
    }
    return this.ids.get(token);
  }

  encode(text) {
    return text.split(" ").map((t) => this.ids.get(t) ?? 0);
  }

  decode(ids) {
    return ids
      .map((i) => {
        if (!Number.isInteger(i) || i < 0 || i >= this.tokens.length) throw new RangeError("unknown token id " + i);
        return this.tokens[i];
      })
      .join(" ");
  }

  size() {
    return this.tokens.length;
  }
}
