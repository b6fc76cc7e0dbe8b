"""Changing a questionnaire definition, one question at a time.

Pure functions on the definition data; ``services.save_definition`` validates the result and
takes care of versioning, so a change either leaves a sound questionnaire or is not saved.
"""

import copy
import re

from django.utils.text import slugify

from .questionnaire import iter_questions


def _all_keys(definition: dict) -> set[str]:
    keys = set()
    for _section, question in iter_questions(definition):
        keys.add(question["key"])
        keys.update(s["key"] for s in question.get("statements", []))
    return keys


def new_key(definition: dict, text: str, taken: set[str] | None = None) -> str:
    """A readable, stable key such as ``wachttijd_2`` from the question text."""
    taken = _all_keys(definition) | (taken or set())
    base = re.sub(r"[^a-z0-9]+", "_", slugify(text)).strip("_")[:30] or "vraag"
    if not base[0].isalpha():
        base = f"v_{base}"
    key, counter = base, 2
    while key in taken:
        key, counter = f"{base}_{counter}", counter + 1
    return key


def find(definition: dict, key: str) -> tuple[int, int]:
    for s_index, section in enumerate(definition["sections"]):
        for q_index, question in enumerate(section["questions"]):
            if question["key"] == key:
                return s_index, q_index
    raise KeyError(key)


def replace_question(definition: dict, key: str, question: dict) -> dict:
    result = copy.deepcopy(definition)
    s_index, q_index = find(result, key)
    result["sections"][s_index]["questions"][q_index] = question
    return result


def add_question(definition: dict, section_key: str, question: dict) -> dict:
    result = copy.deepcopy(definition)
    section = next(s for s in result["sections"] if s["key"] == section_key)
    section["questions"].append(question)
    return result


def remove_question(definition: dict, key: str) -> dict:
    result = copy.deepcopy(definition)
    s_index, q_index = find(result, key)
    del result["sections"][s_index]["questions"][q_index]
    if not result["sections"][s_index]["questions"]:
        del result["sections"][s_index]
    return result


def move_question(definition: dict, key: str, step: int) -> dict:
    """Move within its section, or across into the neighbouring section at the edge."""
    result = copy.deepcopy(definition)
    s_index, q_index = find(result, key)
    questions = result["sections"][s_index]["questions"]
    target = q_index + step
    if 0 <= target < len(questions):
        questions[q_index], questions[target] = questions[target], questions[q_index]
    elif 0 <= s_index + step < len(result["sections"]):
        question = questions.pop(q_index)
        neighbour = result["sections"][s_index + step]["questions"]
        neighbour.insert(len(neighbour) if step < 0 else 0, question)
        if not questions:
            del result["sections"][s_index]
    return result


def add_section(definition: dict, title: str) -> dict:
    result = copy.deepcopy(definition)
    taken = {s["key"] for s in result["sections"]}
    key = new_key({"sections": []}, title, taken)
    result["sections"].append({"key": key, "title": title, "questions": []})
    return result


def update_texts(definition: dict, **texts) -> dict:
    result = copy.deepcopy(definition)
    result.update({name: value for name, value in texts.items() if value is not None})
    return result
