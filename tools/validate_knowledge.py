"""Quick structural check of knowledge/<lang>/*.yaml while writing content (hotline check does the full one)."""
import sys
from pathlib import Path

import yaml

root = Path(__file__).resolve().parent.parent / "knowledge"
meta = {e["id"]: e for e in yaml.safe_load((root / "meta.yaml").read_text())}
langs = sys.argv[1:] or ["ru", "ky", "uz", "tg"]
bad = 0
for lang in langs:
    seen: dict[str, str] = {}
    for f in sorted((root / lang).glob("*.yaml")):
        data = yaml.safe_load(f.read_text()) or {}
        for eid, e in data.items():
            where = f"{f.relative_to(root)}:{eid}"
            if eid not in meta:
                print(where, "unknown id"); bad += 1; continue
            if meta[eid]["topic"] != f.stem:
                print(where, f"belongs in {meta[eid]['topic']}.yaml"); bad += 1
            seen[eid] = str(f)
            if len(e.get("questions") or []) < 4:
                print(where, "needs at least 4 questions"); bad += 1
            for c in meta[eid]["countries"]:
                a = e.get(c)
                if not isinstance(a, dict):
                    print(where, f"missing answer for country {c}"); bad += 1; continue
                for k in ("law", "steps", "keep"):
                    if not a.get(k) or not isinstance(a[k], list):
                        print(where, c, f"'{k}' must be a non-empty list"); bad += 1
                if not a.get("basis"):
                    print(where, c, "missing basis"); bad += 1
                size = sum(len(s) for k in ("law", "steps", "keep") for s in a.get(k) or []) + len(a.get("basis", "")) + len(a.get("confirm", "") or "")
                if size > 3300:
                    print(where, c, f"answer too long ({size} chars)"); bad += 1
            for c in e:
                if c not in ("questions", *meta[eid]["countries"]):
                    print(where, f"unexpected key {c}"); bad += 1
    missing = [i for i in meta if i not in seen]
    print(f"{lang}: {len(seen)}/{len(meta)} entries", "missing: " + ", ".join(missing) if missing else "")
print("problems:", bad)
