"""Rule-based extractors: each takes an analysed Document and returns plain dicts."""
