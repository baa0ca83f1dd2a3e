"""The core's shape, checked by machine: no import loops (not even through imports inside functions),
no module over 500 lines, and every operation in `duediligence/operations/`. The layering itself is in
the import-linter contracts (`./dev check`)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import duediligence

ROOT = Path(duediligence.__file__).parent
MAX_LINES = 500


def core_modules() -> dict[str, Path]:
    found = {}
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT.parent).with_suffix("")
        if "migrations" in relative.parts:
            continue
        name = ".".join(relative.parts)
        found[name.removesuffix(".__init__")] = path
    return found


def imported(module: str, path: Path, known: dict[str, Path]) -> set[str]:
    """Every core module `module` imports, at the top or inside a function."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            names |= {base} | {f"{base}.{alias.name}" for alias in node.names}
    return {n for n in names if n in known and n != module}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_cycle_finder_finds_a_loop_and_only_a_loop() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_among_the_core_modules_even_through_imports_inside_functions() -> None:
    known = core_modules()
    edges: dict[str, set[str]] = defaultdict(set)
    for module, path in known.items():
        edges[module] |= imported(module, path, known)
        edges.setdefault(module, set())
    assert len(known) > 100
    assert cycles(edges) == []


def test_no_core_module_is_longer_than_500_lines() -> None:
    lengths = {m: len(p.read_text(encoding="utf-8").splitlines()) for m, p in core_modules().items()}
    assert {m: n for m, n in lengths.items() if n > MAX_LINES} == {}


def applies_to_a_session(node: ast.ClassDef) -> bool:
    for item in node.body:
        if isinstance(item, ast.FunctionDef) and item.name == "apply":
            params = [a.arg for a in item.args.args]
            if params[:2] == ["self", "session"]:
                return True
    return False


def test_every_operation_lives_in_the_operations_package() -> None:
    operations = ROOT / "operations"
    outside = []
    for module, path in core_modules().items():
        if path.is_relative_to(operations) or module == "duediligence.changes":  # the Protocol itself
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        outside += [
            f"{module}.{n.name}"
            for n in ast.walk(tree)
            if isinstance(n, ast.ClassDef) and applies_to_a_session(n)
        ]
    assert outside == []
