# Compares raw strings, so case, punctuation, spacing and Unicode variants slip through.
def dedup_and_decontaminate(train, test):
    seen, keep_train = set(), []
    for i, text in enumerate(train):
        if text.strip() and text not in seen:
            keep_train.append(i)
        seen.add(text)
    seen_test, keep_test = set(), []
    for i, text in enumerate(test):
        if text.strip() and text not in seen and text not in seen_test:
            seen_test.add(text)
            keep_test.append(i)
    return {"train": keep_train, "test": keep_test}
