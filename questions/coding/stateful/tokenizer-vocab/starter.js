class Vocab {
  constructor(unkToken) {}

  add(token) {}

  encode(text) {}

  decode(ids) {}

  size() {}
}
