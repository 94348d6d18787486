"""Edge: load an editor's YAML file and validate it, with errors that name file and line.

Validation is declarative (JSON Schema, checked by ``jsonschema``); this module only maps a
schema error back to the line of the YAML node it concerns, so an editor reads
``seeds/a.yml:7: speakers[0].org: 12 is not a string`` instead of a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from .errors import SeedError

if TYPE_CHECKING:
    import jsonschema


class _Loader(yaml.SafeLoader):
    """Safe loading, but dates stay text (``2025-02-12`` is a string, not a ``date``)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(path: Path, *, display: str, schema: dict[str, Any]) -> Any:
    """Parse and validate a YAML file; raise ``SeedError`` with file and line on any problem.

    An empty file is an empty mapping.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise SeedError(display, f"not UTF-8 ({error.reason} at byte {error.start}); save it as UTF-8") from None
    except OSError as error:
        raise SeedError(display, f"cannot read: {error.strerror or error}") from None
    return parse_yaml(text, display=display, schema=schema)


def parse_yaml(text: str, *, display: str, schema: dict[str, Any]) -> Any:
    """Parse and validate YAML text (see ``load_yaml``)."""
    try:
        root = yaml.compose(text, Loader=_Loader)
        data = yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "invalid YAML"
        raise SeedError(display, f"invalid YAML: {problem}", line=mark.line + 1 if mark else None) from None
    except yaml.YAMLError as error:
        raise SeedError(display, f"invalid YAML: {error}") from None
    if data is None:
        data = {}
    import jsonschema  # here: most builds have no YAML file, and the import costs 0.08 s

    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: (_line(root, e.absolute_path) or 0, list(map(str, e.absolute_path))))
    if errors:
        error = errors[0]
        path = list(error.absolute_path)
        line = _line(root, path)
        message = _message(error)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = set(error.schema.get("properties", {}))
            extra = [key for key in error.instance if key not in allowed]
            if extra:
                line = _key_line(root, path, extra[0]) or line
                where = _dotted([*path, extra[0]])
                known = ", ".join(sorted(allowed))
                message = f"{where}: unknown key (expected one of: {known})"
        raise SeedError(display, message, line=line)
    return data


def _message(error: jsonschema.ValidationError) -> str:
    where = _dotted(list(error.absolute_path)) or "top level"
    if error.validator == "type":
        expected = error.validator_value
        names = expected if isinstance(expected, list) else [expected]
        wanted = " or ".join({"object": "a mapping", "array": "a list", "string": "text", "integer": "a whole number", "number": "a number", "boolean": "true/false", "null": "empty"}.get(n, n) for n in names)
        return f"{where}: must be {wanted}, not {_shown(error.instance)}"
    if error.validator == "pattern":
        hint = error.schema.get("description", f"the pattern {error.validator_value}")
        return f"{where}: {_shown(error.instance)} is not valid ({hint})"
    if error.validator == "enum":
        return f"{where}: {_shown(error.instance)} is not one of {', '.join(map(str, error.validator_value))}"
    if error.validator == "required":
        return f"{where}: {error.message.replace(' is a required property', ' is required')}"
    return f"{where}: {error.message}"


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def _dotted(path: Iterable[Any]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _node_at(root: yaml.Node | None, path: Iterable[Any]) -> yaml.Node | None:
    node = root
    for part in path:
        if isinstance(node, yaml.MappingNode):
            node = next((value for key, value in node.value if key.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            return node
    return node


def _line(root: yaml.Node | None, path: Iterable[Any]) -> int | None:
    node = _node_at(root, path)
    return node.start_mark.line + 1 if node is not None else None


def _key_line(root: yaml.Node | None, path: Iterable[Any], key: str) -> int | None:
    node = _node_at(root, path)
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            if key_node.value == key:
                return key_node.start_mark.line + 1
    return None
