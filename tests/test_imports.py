"""The package's import graph, read with `ast`: no circles, no private names across modules.

Every import counts, at module level or inside a function: a function-level import only
hides a circle until the day someone moves it to the top. An import of a package counts as
an import of its `__init__.py`; `from . import x` where x is a submodule counts as that
submodule.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "quizgen"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}


def resolve(module: str, node: ast.ImportFrom) -> str:
    """The absolute name `from ... import` refers to, for a statement in `module`."""
    if node.level == 0:
        return node.module or ""
    package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
    base = package.split(".")
    if node.level > 1:
        base = base[: -(node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imports(module: str) -> list[tuple[str, str | None, int]]:
    """(imported module, imported name or None, line) for every import in `module`."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, None, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            target = resolve(module, node)
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                if submodule in MODULES:
                    found.append((submodule, None, node.lineno))
                else:
                    found.append((target, alias.name, node.lineno))
    return [(target, name, line) for target, name, line in found if target.split(".")[0] == "quizgen"]


GRAPH = {module: sorted({target for target, _, _ in imports(module) if target in MODULES}) for module in MODULES}


def cycles() -> list[list[str]]:
    """The strongly connected components with more than one module (or a self-import): Tarjan's algorithm."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in GRAPH[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in GRAPH[node]:
                found.append(sorted(component))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    return found


def test_the_checker_sees_imports_of_both_kinds():
    """The graph holds a module-level import and a function-level one (so the test can fail)."""
    assert "quizgen.models" in GRAPH["quizgen.readers.html"]  # at the top of the module
    assert "quizgen.readers" in GRAPH["quizgen.articles"]  # inside read_article / parse_article


def test_no_import_circle_in_the_package():
    assert cycles() == []


def test_no_private_name_is_imported_from_another_module():
    private = [
        f"{MODULES[module].relative_to(PACKAGE.parent)}:{line} imports {name} from {target}"
        for module in MODULES
        for target, name, line in imports(module)
        if name is not None and name.startswith("_") and not name.startswith("__") and target != module
    ]
    assert private == []
