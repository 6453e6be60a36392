"""Shared by the HTTP, robustness and property tests: find every span in a body."""


def iter_spans(node):
    """Every object with integer ``start``/``end`` and a ``text`` anywhere in a body."""
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("end"), int) \
                and "text" in node:
            yield node
        for value in node.values():
            yield from iter_spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from iter_spans(value)
