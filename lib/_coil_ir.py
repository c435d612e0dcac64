"""`coil ir FILE:FUNC [--optimized]`: one function's source, bytecode and
LLVM IR, interleaved.

The IR is what Coil's JIT makes of the function (coil.jit.dump_ir); each
bytecode instruction's IR follows it, under the source line it belongs to.
The file is compiled, not run. With --optimized the IR after LLVM's
optimisation is shown after the listing instead (optimisation moves code
across instruction boundaries, so it cannot be interleaved faithfully).
"""
import sys

import coil
from dis import _find_code, _open_target, get_instructions

_USAGE = "usage: coil ir FILE:FUNC [--optimized]"


def _split_ir(text):
    """Header lines, {offset: [IR lines]} keyed by the '; N OPNAME' marks,
    and trailing lines (the function's end and metadata)."""
    header, chunks, trailer = [], {}, []
    current = None
    pending_label = []
    state = 'header'
    for line in text.splitlines():
        stripped = line.strip()
        if state == 'header':
            header.append(line)
            if line.startswith('define '):
                state = 'body'
            continue
        if state == 'trailer' or line.startswith('}'):
            state = 'trailer'
            trailer.append(line)
            continue
        if stripped.startswith('; ') and stripped[2:].split(' ', 1)[0].isdigit():
            current = int(stripped[2:].split(' ', 1)[0])
            chunks.setdefault(current, []).extend(pending_label)
            pending_label = []
            continue
        if line[:1] == 'i' and line.split(':', 1)[0][1:].isdigit():
            pending_label = [line]  # an instruction's block: goes with its mark
            continue
        if current is None:
            header.append(line)
        else:
            chunks[current].append(line)
    return header, chunks, trailer


def main(args):
    optimized = '--optimized' in args
    args = [a for a in args if a != '--optimized']
    if len(args) != 1 or ':' not in args[0]:
        sys.stderr.write(_USAGE + "\n")
        return 2
    name, source, qualname = _open_target('coil ir', args[0])
    if qualname is None:
        sys.stderr.write(_USAGE + "\n")
        return 2
    code = compile(source, name, "exec")
    found = _find_code(code, qualname)
    if found is None:
        sys.stderr.write("coil ir: error: no function %r in %s\n" % (qualname, name))
        return 1
    lines = source.decode('utf-8', 'replace').splitlines()
    ir = coil.jit.dump_ir(found, optimized=False)
    header, chunks, trailer = _split_ir(ir)
    print("\n".join(header))
    last_line = None
    for ins in get_instructions(found):
        line = ins.positions.lineno if ins.positions else None
        if line is not None and line != last_line and 0 < line <= len(lines):
            print(";")
            print(";%5d | %s" % (line, lines[line - 1].rstrip()))
            last_line = line
        arg = '' if ins.arg is None else ' %d' % ins.arg
        rep = ' (%s)' % ins.argrepr if ins.argrepr else ''
        print(";   %4d %s%s%s" % (ins.offset, ins.opname, arg, rep))
        for ir_line in chunks.get(ins.offset, []):
            print(ir_line)
    print("\n".join(trailer))
    if optimized:
        print()
        print("; ---- after optimisation ----")
        print(coil.jit.dump_ir(found, optimized=True))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
