"""No import cycles in citekit: every import counts, at the top of a module or inside a function."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import citekit

PACKAGE = Path(citekit.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _packages() -> set[str]:
    return {_module_name(path) for path in PACKAGE.rglob("__init__.py")}


def _imported(node: ast.Import | ast.ImportFrom, here: str, modules: set[str]) -> set[str]:
    """The citekit modules NODE imports (a name imported from a package may be a module)."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names} & modules
    base = node.module or ""
    if node.level:  # "from . import x", "from ..parse import y": relative to HERE's package
        package = here if here in _packages() else here.rpartition(".")[0]
        for _ in range(node.level - 1):
            package = package.rpartition(".")[0]
        base = ".".join(part for part in (package, node.module) if part)
    found = {f"{base}.{alias.name}" for alias in node.names} & modules
    names_in_base = len(found) < len(node.names)  # "from citekit.parse import parse_note"
    return found | ({base} & modules if names_in_base else set())


def import_graph() -> dict[str, set[str]]:
    """citekit module -> the citekit modules it imports anywhere in its source."""
    paths = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph = {}
    for name, path in paths.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        nodes = [n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)]
        graph[name] = set().union(*(_imported(n, name, set(paths)) for n in nodes)) - {name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle as [a, b, ..., a], or [] when the graph has none."""
    state: dict[str, str] = {}  # "open" while on the current path, "done" after
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = "open"
        path.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == "open":
                return [*path[path.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        state[node] = "done"
        path.pop()
        return []

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)):
            return cycle
    return []


def test_no_import_cycle() -> None:
    cycle = find_cycle(import_graph())
    assert not cycle, "import cycle: " + " -> ".join(cycle)


def test_the_check_sees_cycles_and_local_imports(tmp_path: Path) -> None:
    """The walker follows imports inside functions and finds a cycle through them."""
    source = "def f():\n    from citekit.parse import cues\n"
    tree = ast.parse(source)
    node = next(n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom))
    modules = {"citekit.parse", "citekit.parse.cues", "citekit.parse.names"}
    assert _imported(node, "citekit.parse.names", modules) == {"citekit.parse.cues"}
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) == []


def test_graph_covers_the_parser() -> None:
    graph = import_graph()
    assert "citekit.parse.patterns" in graph["citekit.parse.cues"]
    assert "citekit.lexicons" in graph["citekit.parse.places"]


def _loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running CODE."""
    script = f"{code}\nimport sys\nprint(' '.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_the_command_line_starts_without_the_parser() -> None:
    """`duplicates FILE.bib`, `check-links --urls` and --help need no parser."""
    loaded = _loaded_after("import citekit.cli")
    assert "citekit.parse" not in loaded
    assert "citekit.pipeline" not in loaded


def test_a_text_document_loads_no_other_reader(tmp_path: Path) -> None:
    document = tmp_path / "essay.txt"
    document.write_text("Body.¹\n\n¹ Smith, Book (London, 2001), p. 3.\n", encoding="utf-8")
    loaded = _loaded_after(f"import citekit; citekit.extract({str(document)!r})")
    assert "citekit.sources.text" in loaded
    assert not {"markdown_it", "lxml", "pypdfium2", "citekit.sources.pdf"} & loaded
