# Deletes non-alphanumeric characters instead of replacing them with spaces, gluing words together.
import unicodedata


def normalise(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(ch if ch.isalnum() else (" " if ch.isspace() else "") for ch in s)
    return " ".join(s.split())


def dedup_and_decontaminate(train, test):
    seen, keep_train = set(), []
    all_train = set()
    for i, text in enumerate(train):
        k = normalise(text)
        all_train.add(k)
        if k and k not in seen:
            seen.add(k)
            keep_train.append(i)
    seen_test, keep_test = set(), []
    for i, text in enumerate(test):
        k = normalise(text)
        if k and k not in all_train and k not in seen_test:
            seen_test.add(k)
            keep_test.append(i)
    return {"train": keep_train, "test": keep_test}
