"""Recall and precision of personal-data masking on a labelled set (issue 7).

benchmarks/data/privacy_labelled.jsonl holds 150 Dutch texts written for this benchmark: 100
with planted personal data (names, addresses, postcodes, e-mail, phone numbers, valid BSNs,
IBANs, birth dates) marked by character spans, and 50 hard negatives (invalid BSN-like numbers,
amounts, ordinary dates, place names, surnames used as words).

- recall: a planted item counts as found when masks cover all of its characters (the kind given
  by the detector does not matter for privacy; it is reported per planted kind);
- precision: a mask counts as right when it overlaps a planted item.

    .venv/bin/python benchmarks/privacy.py [--show-misses]
"""

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from samenspraak.privacy import detection

DATA = Path(__file__).with_name("data") / "privacy_labelled.jsonl"


def covered(span, found):
    characters = set(range(span["start"], span["end"]))
    for item in found:
        characters -= set(range(item.start, item.end))
    return not characters


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    records = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    detection.detect("Opwarmen: Jan de Vries.")  # load deduce outside the timing

    planted, found_by_kind = Counter(), Counter()
    masks = right_masks = negative_masks = 0
    started = time.perf_counter()
    for record in records:
        text, spans = record["text"], record["spans"]
        found = detection.detect(text)
        for span in spans:
            planted[span["kind"]] += 1
            if covered(span, found):
                found_by_kind[span["kind"]] += 1
            elif args.show_misses:
                print(f"missed {span['kind']}: {text[span['start'] : span['end']]!r} in {text!r}")
        for item in found:
            masks += 1
            if any(item.start < s["end"] and s["start"] < item.end for s in spans):
                right_masks += 1
            else:
                negative_masks += not spans
                if args.show_misses:
                    print(f"extra {item.kind}: {text[item.start : item.end]!r} in {text!r}")
    seconds = time.perf_counter() - started

    total = sum(planted.values())
    print(f"{len(records)} texts, {total} planted items, {masks} masks")
    print(f"recall {sum(found_by_kind.values()) / total:.3f}, precision {right_masks / masks:.3f}")
    print(f"masks in the 50 texts without personal data: {negative_masks}")
    for kind in detection.KINDS:
        print(f"  {kind:14} {found_by_kind[kind]:3}/{planted[kind]:3}")
    print(f"{1000 * seconds / len(records):.1f} ms per text")


if __name__ == "__main__":
    main()
