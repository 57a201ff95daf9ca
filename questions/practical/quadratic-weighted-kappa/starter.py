def quadratic_weighted_kappa(a: list[int], b: list[int], min_rating: int, max_rating: int) -> float:
    # Cohen's kappa with quadratic weights between two integer raters.
    return 0.0
