"""What a question page and the review page show: choices with their state, typed text."""

from samenspraak.instruments.questionnaire import OTHER, UNKNOWN, choices_for

SMILEY_FACES = {"smiley3": {"1": 1, "2": 3, "3": 5}, "smiley5": {str(n): n for n in range(1, 6)}}


def _selected(question: dict, draft: dict, raw: dict | None) -> tuple[list[str], str]:
    key = question["key"]
    if raw is not None:
        return raw.get(key, []), (raw.get(f"{key}_anders") or [""])[0]
    value = draft.get(key)
    if isinstance(value, dict):
        choice = value["choice"]
        return (choice if isinstance(choice, list) else [choice]), value["other"]
    if isinstance(value, list):
        return [str(v) for v in value], ""
    if value is None:
        return [], ""
    if isinstance(value, float):
        return [str(value).replace(".", ",")], ""
    return [str(value)], ""


def _choices(question, selected):
    faces = SMILEY_FACES.get(question["type"], {})
    return [
        {
            "value": choice.value,
            "label": choice.label,
            "checked": choice.value in selected,
            "face": f"smiley-{faces[choice.value]}.svg" if choice.value in faces else "",
            "is_other": choice.value == OTHER,
            "is_unknown": choice.value == UNKNOWN,
        }
        for choice in choices_for(question)
    ]


def field_state(question: dict, draft: dict, raw: dict | None) -> dict:
    if question["type"] == "matrix":
        statements = []
        for statement in question["statements"]:
            if raw is not None:
                chosen = raw.get(statement["key"], [])
            else:
                chosen = [draft[statement["key"]]] if statement["key"] in draft else []
            statements.append(
                {
                    "key": statement["key"],
                    "text": statement["text"],
                    "choices": _choices(question, chosen),
                }
            )
        return {"statements": statements}
    selected, other_text = _selected(question, draft, raw)
    return {
        "choices": _choices(question, selected),
        "value": selected[0] if selected else "",
        "other_text": other_text,
    }


def display(question: dict, value) -> str:
    labels = {choice.value: choice.label for choice in choices_for(question)}
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, dict):
        choice = value["choice"]
        chosen = choice if isinstance(choice, list) else [choice]
        parts = [labels.get(c, c) for c in chosen if c != OTHER]
        return ", ".join([*parts, f"{labels[OTHER]}: {value['other']}"])
    if isinstance(value, list):
        return ", ".join(labels.get(str(v), str(v)) for v in value)
    if isinstance(value, float):
        return str(value).replace(".", ",")
    return labels.get(str(value), str(value))


def review_rows(pages, draft: dict, missing_keys: set[str] = frozenset()) -> list[dict]:
    rows = []
    for number, (_section, question) in enumerate(pages, 1):
        if question["type"] == "matrix":
            answer = "; ".join(
                f"{s['text']}: {display(question, draft.get(s['key'])) or '—'}"
                for s in question["statements"]
            )
        else:
            answer = display(question, draft.get(question["key"]))
        rows.append(
            {
                "number": number,
                "question": question["text"],
                "answer": answer,
                "missing": question["key"] in missing_keys,
            }
        )
    return rows
