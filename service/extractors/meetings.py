"""meetings extractor (stub until its issue lands)."""


def extract(doc) -> list[dict]:
    return []
