"""Check the exports with validators this project did not write.

- exports/dataset.json and every data/<kind>/*.json file against the JSON Schemas in schema/,
  with the Python `jsonschema` package (draft 2020-12);
- exports/datapackage.json and its CSV tables, foreign keys included, with `frictionless`
  (run separately by .ci/run through its command line).
"""

import json
import pathlib
import sys

import jsonschema

root = pathlib.Path(__file__).resolve().parent.parent
failures = 0


def check(schema_name, instance_path):
    global failures
    schema = json.loads((root / "schema" / schema_name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    instance = json.loads(instance_path.read_text(encoding="utf-8"))
    for error in validator.iter_errors(instance):
        failures += 1
        pointer = "/" + "/".join(str(p) for p in error.absolute_path)
        print(f"{instance_path.relative_to(root)}: {pointer}: {error.message}")


check("dataset.schema.json", root / "exports" / "dataset.json")
count = 1
for kind in ["actor", "source", "commitment", "claim", "event"]:
    for path in sorted((root / "data" / f"{kind}s").glob("*.json")):
        check(f"{kind}.schema.json", path)
        count += 1

if failures:
    print(f"jsonschema: {failures} error(s)")
    sys.exit(1)
print(f"jsonschema: {count} files valid")
